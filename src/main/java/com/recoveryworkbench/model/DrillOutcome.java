package com.recoveryworkbench.model;

/** How a service came out of a restore drill. Only {@link #RECOVERED} counts as a passing drill. */
public enum DrillOutcome {
    /** Restored and verified working. */
    RECOVERED,
    /** Came back, but not fully (degraded, data missing, manual work left). */
    PARTIAL,
    /** Did not come back within the drill. */
    FAILED;

    public String code() {
        return EnumCodes.of(this);
    }

    public static DrillOutcome fromCode(String code) {
        return EnumCodes.parse(DrillOutcome.class, code);
    }
}
