package com.recoveryworkbench.analysis.diff;

import com.recoveryworkbench.model.Drill;
import java.util.List;

/**
 * How the drill log differs between two versions of a plan, and what that did to the proven view.
 * Drills are matched by id; {@code added}, {@code removed} and {@code changed} keep the log's order
 * (by date, then id). {@code proven} lists, by service id, the services both versions have whose proven
 * up time or verdict differs; it is empty when neither version has a drill (the proven view is then
 * the planned one, which the recovery effect already reports).
 */
public record DrillLogChange(List<Drill> added, List<Drill> removed, List<DrillChange> changed,
                             List<ProvenChange> proven) {
    public DrillLogChange {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        proven = List.copyOf(proven);
    }

    /** Whether the two drill logs are the same (the proven view may still differ through plan edits). */
    public boolean sameLog() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** Whether nothing is to be reported: the same log, and the same proven up times and verdicts. */
    public boolean isEmpty() {
        return sameLog() && proven.isEmpty();
    }
}
