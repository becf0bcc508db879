package com.recoveryworkbench.ui.scenarios;

import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.ui.form.Editors;
import com.recoveryworkbench.ui.form.Form;
import com.recoveryworkbench.ui.form.PlanUndoKeys;
import com.recoveryworkbench.ui.state.WorkbenchState;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The Scenarios tab ({@code #scenarios}): the plan's scenarios, Add ({@code #scenarios-add}),
 * Duplicate ({@code #scenarios-duplicate}) and Delete ({@code #scenarios-delete}), and a form for the
 * selected one ({@code #scenario-name}, {@code #scenario-description}, a check box per region
 * {@code #scenario-region-<region>}, {@code #scenario-services}, {@code #scenario-corruption},
 * {@code #scenario-delay}; refusals in {@code #scenarios-error}, a refused deletion in
 * {@code #scenarios-message}). Picking a scenario in the list also shows it in the whole window, so
 * each change to it shows on the map at once. FX thread only.
 */
public final class ScenariosView {
    private final ScenariosModel model;
    private final WorkbenchState workbench;
    private final ListView<Scenario> list;
    private final VBox root;
    private boolean syncing;

    public ScenariosView(WorkbenchState workbench) {
        this.workbench = workbench;
        model = new ScenariosModel(workbench.document());
        list = new ListView<>(model.scenarios());
        list.setId("scenarios-list");
        list.setPrefHeight(150);
        list.setCellFactory(view -> new ScenarioCell());
        Button add = button("Add scenario", "scenarios-add");
        add.setOnAction(e -> model.add());
        Button duplicate = button("Duplicate", "scenarios-duplicate");
        duplicate.disableProperty().bind(model.editingProperty().not());
        duplicate.setOnAction(e -> model.duplicateSelected());
        Button delete = button("Delete", "scenarios-delete");
        delete.disableProperty().bind(model.editingProperty().not().or(model.totalSelectedProperty()));
        delete.setOnAction(e -> model.deleteSelected());
        Label message = new Label();
        message.setId("scenarios-message");
        message.setWrapText(true);
        message.getStyleClass().add("error-message");
        message.setTextFill(Color.web("#c00000"));
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        Node editor = editor();
        editor.visibleProperty().bind(model.editingProperty());
        root = new VBox(8, list, new HBox(8, add, duplicate, delete), message, editor);
        root.setPadding(new Insets(8));
        root.setId("scenarios");
        PlanUndoKeys.install(root, workbench.document());
        wireSelection();
    }

    private static Button button(String text, String id) {
        Button button = new Button(text);
        button.setId(id);
        return button;
    }

    private void wireSelection() {
        // Focus first, so the listener below sees a person's click (cells select before the list focuses).
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> list.requestFocus());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, scenario) -> {
            // Only a person picking a scenario changes the selection; a list refreshed by an undo drops
            // its selection for a moment, and that must not close the editor.
            if (!syncing && list.isFocused() && scenario != null) {
                model.selectedIdProperty().set(scenario.id());
            }
        });
        model.scenarios().addListener((ListChangeListener<Scenario>) change -> selectRow());
        model.selectedIdProperty().addListener((obs, old, id) -> {
            selectRow();
            if (id != null) {
                workbench.currentScenarioProperty().set(id);
            }
        });
    }

    private void selectRow() {
        syncing = true;
        try {
            String id = model.selectedIdProperty().get();
            list.getItems().stream().filter(s -> s.id().equals(id)).findFirst().ifPresentOrElse(
                    s -> list.getSelectionModel().select(s), () -> list.getSelectionModel().clearSelection());
        } finally {
            syncing = false;
        }
    }

    private Node editor() {
        ScenarioEditorModel scenario = model.editor();
        FlowPane regions = new FlowPane(12, 4);
        regions.setId("scenario-regions");
        Runnable showRegions = () -> regions.getChildren().setAll(scenario.regionChoices().stream()
                .map(region -> regionBox(scenario, region)).toList());
        scenario.regionChoices().addListener((ListChangeListener<String>) change -> showRegions.run());
        scenario.shownProperty().addListener((obs, old, now) -> showRegions.run());
        CheckBox corruption = new CheckBox("Data corrupted (ransomware, a bad write replicated everywhere)");
        corruption.setId("scenario-corruption");
        corruption.setWrapText(true);
        corruption.setOnAction(e -> scenario.setDataCorruption(corruption.isSelected()));
        scenario.shownProperty().addListener((obs, old, now) -> corruption.setSelected(now != null && now.dataCorruption()));
        TextField services = Editors.text(scenario.services(), "scenario-services");
        services.setPromptText("service ids, e.g. legacy-db, payments");
        TextField delay = Editors.text(scenario.declarationDelay(), "scenario-delay");
        delay.setPromptText("the plan's");
        TextArea description = Editors.area(scenario.description(), "scenario-description");
        description.setPrefRowCount(2);
        for (Node lossEditor : new Node[] {regions, services, corruption, delay}) {
            lossEditor.disableProperty().bind(model.totalSelectedProperty());
        }
        Label totalNote = new Label("Everything is lost in this built-in scenario: only its name and description change.");
        totalNote.setWrapText(true);
        totalNote.visibleProperty().bind(model.totalSelectedProperty());
        totalNote.managedProperty().bind(model.totalSelectedProperty());
        Form form = new Form("scenarios-error");
        form.section("Scenario")
                .row("Name", Editors.text(scenario.name(), "scenario-name"), scenario.name())
                .row("Description", description, scenario.description())
                .note(totalNote)
                .row("Regions lost", regions)
                .row("Services lost", services, scenario.services())
                .row("Data", corruption)
                .row("Declared after", delay, scenario.declarationDelay());
        return form.node();
    }

    private static CheckBox regionBox(ScenarioEditorModel scenario, String region) {
        CheckBox box = new CheckBox(region);
        box.setId("scenario-region-" + region);
        Scenario shown = scenario.shownProperty().get();
        box.setSelected(shown != null && shown.regions().contains(region));
        box.setOnAction(e -> scenario.setRegionLost(region, box.isSelected()));
        return box;
    }

    /** The name and what the scenario takes out, wrapped to the list's width rather than cut off. */
    private static final class ScenarioCell extends ListCell<Scenario> {
        ScenarioCell() {
            setWrapText(true);
            // A zero preferred width lets the cell take the list's width and wrap inside it.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Scenario scenario, boolean empty) {
            super.updateItem(scenario, empty);
            setText(empty || scenario == null ? null : scenario.name() + " — " + ScenarioText.losses(scenario));
        }
    }

    public Node node() {
        return root;
    }
}
