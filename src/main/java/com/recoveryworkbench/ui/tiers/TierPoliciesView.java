package com.recoveryworkbench.ui.tiers;

import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.TierPolicy;
import com.recoveryworkbench.ui.form.Editors;
import com.recoveryworkbench.ui.form.Form;
import com.recoveryworkbench.ui.form.PlanUndoKeys;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The tier policies ({@code #tiers}): the list of tiers with their colour and targets, Add
 * ({@code #tiers-add}) and Remove ({@code #tiers-remove}), and a form for the selected tier
 * ({@code #tier-name}, {@code #tier-color}, {@code #tier-rto}, {@code #tier-rpo}, {@code #tier-drill};
 * refusals in {@code #tiers-error}, a refused removal in {@code #tiers-message}). FX thread only.
 */
public final class TierPoliciesView {
    private final TierPoliciesModel model;
    private final ListView<TierPolicy> list;
    private final VBox root;
    private boolean syncing;

    public TierPoliciesView(WorkbenchState workbench) {
        model = new TierPoliciesModel(workbench.document());
        list = new ListView<>(model.tiers());
        list.setId("tiers-list");
        list.setPrefHeight(170);
        list.setCellFactory(view -> new TierCell());
        Button add = new Button("Add tier");
        add.setId("tiers-add");
        add.setOnAction(e -> model.add());
        Button remove = new Button("Remove tier");
        remove.setId("tiers-remove");
        remove.disableProperty().bind(model.editingProperty().not());
        remove.setOnAction(e -> model.removeSelected());
        Label message = new Label();
        message.setId("tiers-message");
        message.setWrapText(true);
        message.getStyleClass().add("error-message");
        message.setTextFill(Color.web("#c00000"));
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        Node editor = editor(model.editor());
        editor.visibleProperty().bind(model.editingProperty());
        HBox buttons = new HBox(8, add, remove);
        root = new VBox(8, list, buttons, message, editor);
        root.setPadding(new Insets(8));
        root.setId("tiers");
        PlanUndoKeys.install(root, workbench.document());
        wireSelection();
    }

    private void wireSelection() {
        // Focus first, so the listener below sees a person's click (cells select before the list focuses).
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> list.requestFocus());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, tier) -> {
            // Only a person picking a tier changes the selection; a list refreshed by an undo drops its
            // selection for a moment, and that must not close the editor.
            if (!syncing && list.isFocused() && tier != null) {
                model.selectedIdProperty().set(tier.id());
            }
        });
        model.tiers().addListener((ListChangeListener<TierPolicy>) change -> selectRow());
        model.selectedIdProperty().addListener((obs, old, id) -> selectRow());
    }

    private void selectRow() {
        syncing = true;
        try {
            String id = model.selectedIdProperty().get();
            list.getItems().stream().filter(t -> t.id().equals(id)).findFirst()
                    .ifPresentOrElse(t -> list.getSelectionModel().select(t), () -> list.getSelectionModel().clearSelection());
        } finally {
            syncing = false;
        }
    }

    private static Node editor(TierEditorModel tier) {
        ColorPicker color = new ColorPicker();
        color.setId("tier-color");
        tier.color().valueProperty().addListener((obs, old, hex) -> {
            if (hex != null) {
                color.setValue(Color.web(hex));
            }
        });
        color.setOnAction(e -> tier.color().valueProperty().set(hex(color.getValue())));
        Form form = new Form("tiers-error");
        form.section("Tier")
                .row("Name", Editors.text(tier.name(), "tier-name"), tier.name())
                .row("Colour", color, tier.color())
                .row("RTO target", Editors.text(tier.rtoTarget(), "tier-rto"), tier.rtoTarget())
                .row("RPO target", Editors.text(tier.rpoTarget(), "tier-rpo"), tier.rpoTarget())
                .row("Drill cadence", Editors.text(tier.drillCadence(), "tier-drill"), tier.drillCadence());
        return form.node();
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** A colour swatch, the tier and its targets. */
    private static final class TierCell extends ListCell<TierPolicy> {
        @Override
        protected void updateItem(TierPolicy tier, boolean empty) {
            super.updateItem(tier, empty);
            if (empty || tier == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Rectangle swatch = new Rectangle(14, 14, Color.web(tier.color()));
            swatch.setStroke(Color.web("#333333"));
            setGraphic(swatch);
            setText(tier.id() + " · " + tier.name() + " — RTO " + Durations.format(tier.rtoTarget())
                    + ", RPO " + Durations.format(tier.rpoTarget()));
        }
    }

    public Node node() {
        return root;
    }
}
