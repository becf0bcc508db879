package com.recoveryworkbench.io.csv;

import static com.recoveryworkbench.io.csv.CsvColumn.PROTECTION;
import static com.recoveryworkbench.io.csv.CsvColumn.PROTECTION_INTERVAL;
import static com.recoveryworkbench.io.csv.CsvColumn.PROTECTION_TRANSFER;

import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.ProtectionMethod;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads the {@code protection}, {@code protection_interval} and {@code protection_transfer} cells of a
 * row. A figure the method has no use for is an error rather than silently dropped: it usually means
 * the protection cell is wrong.
 */
final class ProtectionCells {
    private ProtectionCells() {
    }

    static DataProtection read(CsvRow row) {
        Duration interval = row.duration(PROTECTION_INTERVAL);
        Duration transfer = row.duration(PROTECTION_TRANSFER);
        Optional<ProtectionMethod> given = row.code(PROTECTION, ProtectionMethod::fromCode);
        if (given.isEmpty() && !row.value(PROTECTION).isEmpty()) {
            // Already reported; checking the figures against a guessed method would only add noise.
            return DataProtection.NONE;
        }
        ProtectionMethod method = given.orElse(ProtectionMethod.NONE);
        return switch (method) {
            case NONE, SYNC_REPLICATION -> {
                rejectInterval(row, method, interval);
                rejectTransfer(row, method, transfer);
                yield method == ProtectionMethod.NONE ? DataProtection.NONE : DataProtection.syncReplication();
            }
            case ASYNC_REPLICATION -> {
                rejectTransfer(row, method, transfer);
                yield DataProtection.asyncReplication(interval);
            }
            // A copy whose completion time is not given is taken to complete at once.
            case BACKUP, SNAPSHOT -> new DataProtection(method, interval, transfer == null ? Duration.ZERO : transfer);
        };
    }

    private static void rejectInterval(CsvRow row, ProtectionMethod method, Duration interval) {
        if (interval != null) {
            row.error(PROTECTION_INTERVAL, "protection is " + method.code() + ", which has no interval;"
                    + " an interval needs protection backup, snapshot or async-replication");
        }
    }

    private static void rejectTransfer(CsvRow row, ProtectionMethod method, Duration transfer) {
        if (transfer != null) {
            row.error(PROTECTION_TRANSFER, "protection is " + method.code() + ", which has no transfer time;"
                    + " a transfer time needs protection backup or snapshot");
        }
    }
}
