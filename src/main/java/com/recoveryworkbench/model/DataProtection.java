package com.recoveryworkbench.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How a service's data is copied away. {@code interval} is the backup or snapshot interval, or the
 * replication lag for asynchronous replication; {@code transfer} is how long one backup or snapshot
 * takes to complete. Both are {@code null} where the method has no such figure (none, sync), and
 * may be {@code null} when the plan simply does not know them yet.
 */
public record DataProtection(ProtectionMethod method, Duration interval, Duration transfer) {

    public static final DataProtection NONE = new DataProtection(ProtectionMethod.NONE, null, null);

    public DataProtection {
        Objects.requireNonNull(method, "method");
        Durations.requireValid(interval, "protection interval");
        Durations.requireValid(transfer, "protection transfer");
    }

    public static DataProtection backup(Duration interval, Duration transfer) {
        return new DataProtection(ProtectionMethod.BACKUP, interval, transfer);
    }

    public static DataProtection snapshot(Duration interval, Duration transfer) {
        return new DataProtection(ProtectionMethod.SNAPSHOT, interval, transfer);
    }

    public static DataProtection asyncReplication(Duration lag) {
        return new DataProtection(ProtectionMethod.ASYNC_REPLICATION, lag, null);
    }

    public static DataProtection syncReplication() {
        return new DataProtection(ProtectionMethod.SYNC_REPLICATION, null, null);
    }
}
