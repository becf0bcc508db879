package com.recoveryworkbench.ui.menus;

import com.recoveryworkbench.ui.edit.ServiceClipboard;
import com.recoveryworkbench.ui.state.Selection;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Cut, Copy, Paste and Duplicate of the selected services with the dependencies among them, through
 * an in-app clipboard (a {@link ServiceClipboard}). Each change is one undoable step ("Paste 3
 * services") and selects what it pasted. FX thread only.
 */
public final class ClipboardActions {
    private final WorkbenchState workbench;
    private final ObjectProperty<ServiceClipboard> clipboard =
            new SimpleObjectProperty<>(this, "clipboard", ServiceClipboard.EMPTY);
    private final BooleanBinding hasSelection;
    private final BooleanBinding canPaste;

    public ClipboardActions(WorkbenchState workbench) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
        Selection selection = workbench.selection();
        hasSelection = Bindings.createBooleanBinding(() -> !selection.getServices().isEmpty(),
                selection.servicesProperty());
        canPaste = Bindings.createBooleanBinding(() -> !clipboard.get().isEmpty(), clipboard);
    }

    /** True while services are selected (Cut, Copy, Duplicate apply). */
    public BooleanBinding hasSelectionBinding() {
        return hasSelection;
    }

    /** True once something was copied (Paste applies). */
    public BooleanBinding canPasteBinding() {
        return canPaste;
    }

    public void copy() {
        Set<String> ids = workbench.selection().getServices();
        if (!ids.isEmpty()) {
            clipboard.set(ServiceClipboard.copy(workbench.document().getPlan(), ids));
        }
    }

    public void cut() {
        Set<String> ids = workbench.selection().getServices();
        if (ids.isEmpty()) {
            return;
        }
        copy();
        workbench.document().apply("Cut " + count(ids.size()), plan -> plan.withoutServices(ids));
    }

    public void paste() {
        insert("Paste", clipboard.get());
    }

    /** Pastes a copy of the selection without touching the clipboard. */
    public void duplicate() {
        Set<String> ids = workbench.selection().getServices();
        if (!ids.isEmpty()) {
            insert("Duplicate", ServiceClipboard.copy(workbench.document().getPlan(), ids));
        }
    }

    private void insert(String verb, ServiceClipboard content) {
        if (content.isEmpty()) {
            return;
        }
        // apply() may hand over another plan than getPlan() (it first ends a gesture in progress).
        List<List<String>> pastedIds = new ArrayList<>(1);
        workbench.document().apply(verb + " " + count(content.services().size()), plan -> {
            ServiceClipboard.Pasted pasted = content.pasteInto(plan);
            pastedIds.add(pasted.ids());
            return pasted.plan();
        });
        if (!pastedIds.isEmpty()) {
            workbench.selection().selectServices(pastedIds.get(0));
        }
    }

    private static String count(int services) {
        return services == 1 ? "1 service" : services + " services";
    }
}
