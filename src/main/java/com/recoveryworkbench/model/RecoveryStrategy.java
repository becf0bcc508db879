package com.recoveryworkbench.model;

/**
 * How a service is brought back. In the built-in total scenario every service is restored whatever
 * its strategy; in a scenario that spares its standby region, active-active carries on and pilot
 * light and warm standby fail over (docs/recovery-rules.md).
 */
public enum RecoveryStrategy {
    BACKUP_RESTORE, PILOT_LIGHT, WARM_STANDBY, ACTIVE_ACTIVE;

    /** Whether a service of this strategy fails over to its standby (pilot light, warm standby). */
    public boolean failsOver() {
        return this == PILOT_LIGHT || this == WARM_STANDBY;
    }

    public String code() {
        return EnumCodes.of(this);
    }

    public static RecoveryStrategy fromCode(String code) {
        return EnumCodes.parse(RecoveryStrategy.class, code);
    }
}
