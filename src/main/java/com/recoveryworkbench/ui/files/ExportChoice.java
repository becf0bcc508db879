package com.recoveryworkbench.ui.files;

import com.recoveryworkbench.io.export.ExportFormat;
import java.util.Objects;

/**
 * What File ▸ Export… writes: a format, and for a picture whether only the selected services.
 *
 * @param selectionOnly true only for a format that {@linkplain ExportFormat#drawsSelection() draws a selection}
 */
public record ExportChoice(ExportFormat format, boolean selectionOnly) {

    public ExportChoice {
        Objects.requireNonNull(format, "format");
        if (selectionOnly && !format.drawsSelection()) {
            throw new IllegalArgumentException(format.code() + " exports the whole plan");
        }
    }

    /** How the export dialog names a format. */
    public static String label(ExportFormat format) {
        return switch (format) {
            case PNG -> "Picture of the map (PNG)";
            case PNG_2X -> "Picture for slides and print (PNG, double size)";
            case SVG -> "Picture that scales (SVG)";
            case RUNBOOK_MD -> "Runbook (Markdown)";
            case RUNBOOK_HTML -> "Runbook to print (HTML page)";
            case CSV -> "Compliance table (CSV for spreadsheets)";
            case GRAPHML -> "Dependency graph for yEd (GraphML)";
            case DOT -> "Dependency graph for Graphviz (DOT)";
        };
    }
}
