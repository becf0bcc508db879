package com.recoveryworkbench.io;

import com.recoveryworkbench.model.Plan;
import java.util.List;
import java.util.Objects;

/**
 * A plan read from a file, with the warnings that did not stop it from loading (unknown fields,
 * dependencies on services the file does not have), in file order. Warnings may be empty, never
 * {@code null}.
 */
public record LoadedPlan(Plan plan, List<PlanProblem> warnings) {

    public LoadedPlan {
        Objects.requireNonNull(plan, "plan");
        warnings = List.copyOf(warnings);
    }
}
