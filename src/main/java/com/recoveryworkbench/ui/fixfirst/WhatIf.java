package com.recoveryworkbench.ui.fixfirst;

import com.recoveryworkbench.model.Plan;
import java.util.Objects;

/**
 * A candidate kept aside: the plan with its change made, numbered in the order it was pinned, to
 * compare with the open plan or save as a file of its own. Immutable.
 *
 * @param change the change in words: "Restore Legacy order DB in 8m (now 40m)"
 */
public record WhatIf(int number, String change, Plan plan) {
    public WhatIf {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(plan, "plan");
    }

    /** "What-if 1: Restore Legacy order DB in 8m (now 40m)". */
    public String name() {
        return "What-if " + number + ": " + change;
    }
}
