package com.recoveryworkbench.ui;

import java.util.Objects;

/**
 * The File-menu commands that move plans between the window and other files or tools, beyond open
 * and save: Merge from File…, Export… and Compare with… . FX thread only.
 */
final class PlanExchange {
    private final CompareAction compare;
    private final ExportAction export;
    private final MergeAction merge;

    PlanExchange(CompareAction compare, ExportAction export, MergeAction merge) {
        this.compare = Objects.requireNonNull(compare, "compare");
        this.export = Objects.requireNonNull(export, "export");
        this.merge = Objects.requireNonNull(merge, "merge");
    }

    void mergeFromFile() {
        merge.mergeFromFile();
    }

    void export() {
        export.export();
    }

    void compareWithFile() {
        compare.compareWithFile();
    }
}
