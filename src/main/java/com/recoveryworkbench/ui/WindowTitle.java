package com.recoveryworkbench.ui;

import com.recoveryworkbench.ui.edit.PlanDocument;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

/**
 * The window title: "Retail Shop — retail.rplan.json • — Recovery Workbench", with "•" while there are
 * unsaved changes and "Untitled" for a plan that has no file yet.
 */
public final class WindowTitle {
    public static final String APP_NAME = "Recovery Workbench";
    public static final String DIRTY_MARKER = "•";

    private WindowTitle() {
    }

    public static String of(String planName, Path file, boolean dirty) {
        String fileName = file == null ? "Untitled" : file.getFileName().toString();
        return planName + " — " + fileName + (dirty ? " " + DIRTY_MARKER : "") + " — " + APP_NAME;
    }

    /** Follows the document's plan name, file and dirty flag. FX thread only. */
    public static StringBinding of(PlanDocument document) {
        return Bindings.createStringBinding(
                () -> of(document.getPlan().name(), document.getFile(), document.isDirty()),
                document.planProperty(), document.fileProperty(), document.dirtyProperty());
    }
}
