package com.recoveryworkbench.ui.inspector;

import com.recoveryworkbench.ui.form.Editors;
import com.recoveryworkbench.ui.form.FieldModel;
import com.recoveryworkbench.ui.form.Form;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * The inspector's form for one service: every model field, then what the analysis computed for it.
 * The editors come first and keep their places: the computed result, whose findings come and go
 * with each edit, is below them all, so a click meant for one field never lands in another.
 * FX thread only.
 */
final class ServiceEditorView {
    private final Form form = new Form("inspector-error");

    ServiceEditorView(ServiceEditorModel model, ProtectionEditorModel protection, ServiceResultModel result) {
        TextField id = Editors.text(model.id(), "inspector-id");
        Label idNote = new Label("Files and dependencies refer to the id; changing it updates the dependencies.");
        idNote.setWrapText(true);
        idNote.setStyle("-fx-opacity: 0.75;");
        form.section("Service")
                .row("Name", Editors.text(model.name(), "inspector-name"), model.name())
                .row("Id", id, model.id())
                .note(idNote)
                .row("Kind", Editors.choice(model.kind(), "inspector-kind"), model.kind())
                .row("Tier", Editors.choice(model.tier(), "inspector-tier"), model.tier());
        form.section("Recovery")
                .row("Restore time", duration(model.restoreTime(), "inspector-restore", "e.g. 40m, 1h30m, 9m11s"),
                        model.restoreTime())
                .row("Restore range", duration(model.restoreRange(), "inspector-restore-range",
                        "shortest–longest, e.g. 30m–1h"), model.restoreRange())
                .row("Strategy", Editors.choice(model.strategy(), "inspector-strategy"), model.strategy())
                .row("RTO override", duration(model.rtoOverride(), "inspector-rto", "empty: the tier's target"),
                        model.rtoOverride())
                .row("RPO override", duration(model.rpoOverride(), "inspector-rpo", "empty: the tier's target"),
                        model.rpoOverride());
        addProtection(model, protection);
        form.section("Ownership")
                .row("Owner", Editors.text(model.owner(), "inspector-owner"), model.owner())
                .row("Region", Editors.text(model.region(), "inspector-region"), model.region())
                .row("Group", group(model), model.group())
                .row("Notes", Editors.area(model.notes(), "inspector-notes"), model.notes());
        addLayout(model);
        // Last: the result and its findings grow and shrink with every edit, and must not move the editors.
        new ServiceResultView(result).addTo(form);
    }

    private static TextField group(ServiceEditorModel model) {
        TextField group = Editors.text(model.group(), "inspector-group");
        group.setPromptText("a group you name, e.g. Payments");
        return group;
    }

    /** What Arrange may do with the card: leave it (pinned) or put it in a given layer. */
    private void addLayout(ServiceEditorModel model) {
        CheckBox pinned = new CheckBox("Arrange leaves this card where it is");
        pinned.setId("inspector-pinned");
        pinned.selectedProperty().bindBidirectional(model.pinned().valueProperty());
        TextField layer = Editors.text(model.layer(), "inspector-layer");
        layer.setPromptText("empty: automatic; 1 = first");
        form.section("Layout")
                .row("Pinned", pinned, model.pinned())
                .row("Layer", layer, model.layer());
    }

    private void addProtection(ServiceEditorModel model, ProtectionEditorModel protection) {
        TextField interval = duration(protection.interval(), "inspector-protection-interval", "e.g. 1h");
        interval.disableProperty().bind(protection.intervalAppliesProperty().not());
        Label intervalLabel = new Label();
        intervalLabel.textProperty().bind(protection.intervalLabelProperty());
        TextField transfer = duration(protection.transfer(), "inspector-protection-transfer", "time to complete a copy");
        transfer.disableProperty().bind(protection.transferAppliesProperty().not());
        form.section("Data")
                .row("Stateful", Editors.choice(model.stateful(), "inspector-stateful"), model.stateful())
                .row("Protection", Editors.choice(protection.method(), "inspector-protection"), protection.method())
                .row(intervalLabel, interval, protection.interval())
                .row("Transfer", transfer, protection.transfer());
    }

    private static TextField duration(FieldModel<?> field, String id, String prompt) {
        TextField text = Editors.text(field, id);
        text.setPromptText(prompt);
        return text;
    }

    Node node() {
        return form.node();
    }
}
