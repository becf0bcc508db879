package com.recoveryworkbench.ui.exchange;

import java.util.Objects;

/**
 * The File-menu commands that move plans between the window and other files or tools, beyond open
 * and save: Merge from File…, Export… and Compare with… . FX thread only.
 */
public final class PlanExchange {
    private final CompareAction compare;
    private final ExportAction export;
    private final MergeAction merge;

    public PlanExchange(CompareAction compare, ExportAction export, MergeAction merge) {
        this.compare = Objects.requireNonNull(compare, "compare");
        this.export = Objects.requireNonNull(export, "export");
        this.merge = Objects.requireNonNull(merge, "merge");
    }

    public void mergeFromFile() {
        merge.mergeFromFile();
    }

    public void export() {
        export.export();
    }

    public void compareWithFile() {
        compare.compareWithFile();
    }
}
