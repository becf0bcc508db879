package com.recoveryworkbench.ui.inspector;

import com.recoveryworkbench.ui.form.Editors;
import com.recoveryworkbench.ui.form.Form;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The inspector's form for several selected services: tier, owner, region and group for all. FX thread only. */
final class MultiServiceEditorView {
    private final Form form = new Form("inspector-error");

    MultiServiceEditorView(MultiServiceEditorModel model) {
        Label count = new Label();
        count.setId("inspector-count");
        count.textProperty().bind(model.countProperty());
        TextField owner = Editors.text(model.owner(), "inspector-owner");
        owner.promptTextProperty().bind(model.ownerMixedProperty().map(mixed -> mixed ? "several owners" : ""));
        TextField region = Editors.text(model.region(), "inspector-region");
        region.promptTextProperty().bind(model.regionMixedProperty().map(mixed -> mixed ? "several regions" : ""));
        TextField group = Editors.text(model.group(), "inspector-group");
        group.promptTextProperty().bind(model.groupMixedProperty().map(mixed -> mixed ? "several groups" : ""));
        Label note = new Label("A change here applies to every selected service at once.");
        note.setWrapText(true);
        form.section("Selection")
                .note(count)
                .row("Tier", Editors.choice(model.tier(), "inspector-tier"), model.tier())
                .row("Owner", owner, model.owner())
                .row("Region", region, model.region())
                .row("Group", group, model.group())
                .note(note);
    }

    Node node() {
        return form.node();
    }
}
