package com.recoveryworkbench.analysis.drill;

import com.recoveryworkbench.model.ClaimedRecovery;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.RecoveryStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** What changed in the plan's claim about a service since a drill, in words ("the restore time went from 8m to 10m"). */
final class StaleClaims {
    private StaleClaims() {
    }

    /**
     * The changes from {@code then} to {@code now} that bear on evidence of {@code action}; empty when
     * the evidence still fits the plan. The restore time bears only on a measured restore: a failover
     * does not restore. (The claim keeps no failover time, so a changed failover time is not seen.)
     */
    static List<String> changes(ClaimedRecovery then, ClaimedRecovery now, MeasuredAction action) {
        List<String> changes = new ArrayList<>();
        if (action == MeasuredAction.RESTORE && !Objects.equals(then.restoreTime(), now.restoreTime())) {
            changes.add("the restore time went from " + time(then) + " to " + time(now));
        }
        if (then.strategy() != now.strategy()) {
            changes.add("the strategy went from " + strategy(then.strategy()) + " to " + strategy(now.strategy()));
        }
        if (!then.hardDependencies().equals(now.hardDependencies())) {
            TreeSet<String> added = new TreeSet<>(now.hardDependencies());
            added.removeAll(then.hardDependencies());
            TreeSet<String> removed = new TreeSet<>(then.hardDependencies());
            removed.removeAll(now.hardDependencies());
            List<String> parts = new ArrayList<>();
            if (!added.isEmpty()) {
                parts.add("added " + String.join(", ", added));
            }
            if (!removed.isEmpty()) {
                parts.add("removed " + String.join(", ", removed));
            }
            changes.add("its hard dependencies changed (" + String.join("; ", parts) + ")");
        }
        return changes;
    }

    private static String time(ClaimedRecovery claim) {
        return claim.restoreTime() == null ? "none" : Durations.format(claim.restoreTime());
    }

    private static String strategy(RecoveryStrategy strategy) {
        return strategy == null ? "none" : strategy.code();
    }
}
