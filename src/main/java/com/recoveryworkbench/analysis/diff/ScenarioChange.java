package com.recoveryworkbench.analysis.diff;

import java.util.List;

/**
 * A scenario both versions of a plan have, and what differs in it: its own fields ({@code regions},
 * {@code dataCorruption}, …) and what the versions' changes do to the recovery in it. Immutable.
 */
public record ScenarioChange(String id, String name, List<FieldChange> changes, RecoveryEffect effect) {
    public ScenarioChange {
        changes = List.copyOf(changes);
    }
}
