package com.recoveryworkbench.ui.edit;

import com.recoveryworkbench.model.Plan;
import java.util.Objects;

/**
 * One undoable step: the plan before and after, and what a person would call it ("Move 3 services").
 * Plans are immutable, so undo is putting {@code before} back.
 */
public record PlanChange(String description, Plan before, Plan after) {
    public PlanChange {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
