package com.recoveryworkbench.model;

/** How a stateful service's data is protected; decides its achievable RPO. */
public enum ProtectionMethod {
    NONE, BACKUP, SNAPSHOT, ASYNC_REPLICATION, SYNC_REPLICATION;

    /** The word used in files and CSV ("async-replication"). */
    public String code() {
        return EnumCodes.of(this);
    }

    public static ProtectionMethod fromCode(String code) {
        return EnumCodes.parse(ProtectionMethod.class, code);
    }

    /** Backups and snapshots are periodic copies with an interval and a time to complete. */
    public boolean isPeriodicCopy() {
        return this == BACKUP || this == SNAPSHOT;
    }
}
