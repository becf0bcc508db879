package com.recoveryworkbench.model;

/** How a service is brought back; descriptive, the restore time is what the analysis uses. */
public enum RecoveryStrategy {
    BACKUP_RESTORE, PILOT_LIGHT, WARM_STANDBY, ACTIVE_ACTIVE;

    public String code() {
        return EnumCodes.of(this);
    }

    public static RecoveryStrategy fromCode(String code) {
        return EnumCodes.parse(RecoveryStrategy.class, code);
    }
}
