package com.recoveryworkbench.ui.inspector;

import com.recoveryworkbench.ui.form.Editors;
import com.recoveryworkbench.ui.form.Form;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The inspector's form for the plan itself, shown when nothing is selected. FX thread only. */
final class PlanEditorView {
    private final Form form = new Form("inspector-error");

    PlanEditorView(PlanEditorModel model) {
        TextField delay = Editors.text(model.declarationDelay(), "inspector-declaration-delay");
        delay.setPromptText("e.g. 15m");
        TextField capacity = Editors.text(model.restoreCapacity(), "inspector-capacity");
        capacity.setPromptText("0 = unlimited");
        Label capacityNote = new Label("Restore capacity: how many restores may run at once; 0 = unlimited.");
        capacityNote.setWrapText(true);
        form.section("Plan")
                .row("Name", Editors.text(model.name(), "inspector-plan-name"), model.name())
                .row("Description", Editors.area(model.description(), "inspector-plan-description"),
                        model.description())
                .section("Recovery settings")
                .row("Declaration delay", delay, model.declarationDelay())
                .row("Restore capacity", capacity, model.restoreCapacity())
                .note(capacityNote);
    }

    Node node() {
        return form.node();
    }
}
