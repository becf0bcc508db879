package com.recoveryworkbench.model;

import java.util.List;
import java.util.Objects;

/**
 * What {@link PlanMerge#merge} made: the merged plan, and the ids of the imported services it added,
 * updated and found unchanged (each list sorted), and the dependencies it added (in
 * {@link Dependency#ORDER}). Immutable; never holds {@code null}.
 */
public record MergeResult(Plan plan, List<String> added, List<String> updated, List<String> unchanged,
                          List<Dependency> addedDependencies) {

    public MergeResult {
        Objects.requireNonNull(plan, "plan");
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        unchanged = List.copyOf(unchanged);
        addedDependencies = List.copyOf(addedDependencies);
    }

    /** Whether the merge changed nothing, so it need not become an undo step. */
    public boolean changedNothing() {
        return added.isEmpty() && updated.isEmpty() && addedDependencies.isEmpty();
    }
}
