package com.recoveryworkbench.ui;

import java.util.Objects;

/**
 * The File-menu commands that move plans between the window and other files or tools, beyond open
 * and save: Export… and Compare with… . FX thread only.
 */
final class PlanExchange {
    private final CompareAction compare;
    private final ExportAction export;

    PlanExchange(CompareAction compare, ExportAction export) {
        this.compare = Objects.requireNonNull(compare, "compare");
        this.export = Objects.requireNonNull(export, "export");
    }

    void export() {
        export.export();
    }

    void compareWithFile() {
        compare.compareWithFile();
    }
}
