package com.recoveryworkbench.model;

/** How strongly a dependent needs what it depends on during a restore. */
public enum DependencyType {
    /** The dependency must be up before the dependent can be restored. */
    HARD,
    /** The dependent runs degraded without it; never delays a restore. */
    SOFT;

    public String code() {
        return EnumCodes.of(this);
    }

    public static DependencyType fromCode(String code) {
        return EnumCodes.parse(DependencyType.class, code);
    }
}
