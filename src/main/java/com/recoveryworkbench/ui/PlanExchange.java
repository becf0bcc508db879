package com.recoveryworkbench.ui;

import java.util.Objects;

/**
 * The File-menu commands that move plans between the window and other files or tools, beyond open
 * and save: Compare with… . FX thread only.
 */
final class PlanExchange {
    private final CompareAction compare;

    PlanExchange(CompareAction compare) {
        this.compare = Objects.requireNonNull(compare, "compare");
    }

    void compareWithFile() {
        compare.compareWithFile();
    }
}
