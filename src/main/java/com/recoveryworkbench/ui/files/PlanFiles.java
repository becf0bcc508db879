package com.recoveryworkbench.ui.files;

import java.nio.file.Path;
import java.util.Locale;

/** Names of plan files: the {@code .rplan.json} extension and what a plan is called when saved. */
public final class PlanFiles {
    public static final String EXTENSION = ".rplan.json";

    private PlanFiles() {
    }

    /** {@code path} itself when it ends in {@code .rplan.json} (any case), else with the extension appended. */
    public static Path withExtension(Path path) {
        String name = path.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
            return path;
        }
        return path.resolveSibling(name + EXTENSION);
    }

    /** A file name for a plan that has none yet: "Retail Shop" becomes {@code Retail Shop.rplan.json}. */
    public static String suggestedName(String planName) {
        String cleaned = planName == null ? "" : planName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").strip();
        return (cleaned.isEmpty() ? "Untitled" : cleaned) + EXTENSION;
    }
}
