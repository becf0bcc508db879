package com.recoveryworkbench.ui;

import com.recoveryworkbench.analysis.drill.Basis;
import com.recoveryworkbench.ui.edit.PlanDocument;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

/**
 * The window title: "Retail Shop — retail.rplan.json • — Recovery Workbench", with "•" while there are
 * unsaved changes and "Untitled" for a plan that has no file yet; "— Proven" after the file while the
 * window shows the drills' measured times.
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

    /** As {@link #of(String, Path, boolean)}, with "— Proven" after the file on the proven basis. */
    public static String of(String planName, Path file, boolean dirty, Basis basis) {
        String title = of(planName, file, dirty);
        return basis != Basis.PROVEN ? title
                : title.substring(0, title.length() - APP_NAME.length()) + basis.label() + " — " + APP_NAME;
    }

    /** Follows the document's plan name, file and dirty flag, and the basis the views show. FX thread only. */
    public static StringBinding of(PlanDocument document, ObservableValue<Basis> basis) {
        return Bindings.createStringBinding(
                () -> of(document.getPlan().name(), document.getFile(), document.isDirty(), basis.getValue()),
                document.planProperty(), document.fileProperty(), document.dirtyProperty(), basis);
    }

    /** Follows the document's plan name, file and dirty flag. FX thread only. */
    public static StringBinding of(PlanDocument document) {
        return Bindings.createStringBinding(
                () -> of(document.getPlan().name(), document.getFile(), document.isDirty()),
                document.planProperty(), document.fileProperty(), document.dirtyProperty());
    }
}
