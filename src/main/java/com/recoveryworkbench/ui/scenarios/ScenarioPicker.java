package com.recoveryworkbench.ui.scenarios;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * The scenario picker ({@code #scenario-picker} in the toolbar, {@code #presentation-scenario-picker}
 * while presenting): the plan's scenarios by name, the current one shown. Picking one sets the
 * window's current scenario, which switches the map, the tables, the timeline, the findings and the
 * restore story at once. Several pickers may show the same state. FX thread only.
 */
public final class ScenarioPicker {
    private final WorkbenchState workbench;
    private final ComboBox<Scenario> box = new ComboBox<>();
    private boolean syncing;

    public ScenarioPicker(WorkbenchState workbench, String id) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
        box.setId(id);
        box.setAccessibleText("Scenario");
        // A narrow picker may cut the name, so the tooltip says it whole.
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> "Scenario: "
                + (box.getValue() == null ? "" : box.getValue().name())
                + "\nWhat is lost. The map, tables, timeline and findings show this one.", box.valueProperty()));
        box.setTooltip(tip);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Scenario scenario) {
                return scenario == null ? "" : scenario.name();
            }

            @Override
            public Scenario fromString(String text) {
                throw new UnsupportedOperationException("the picker is not editable");
            }
        });
        box.setCellFactory(list -> new ScenarioCell());
        workbench.document().planProperty().addListener((obs, old, plan) -> refresh());
        workbench.currentScenarioProperty().addListener((obs, old, id2) -> refresh());
        box.valueProperty().addListener((obs, old, picked) -> {
            if (!syncing && picked != null) {
                workbench.currentScenarioProperty().set(picked.id());
            }
        });
        refresh();
    }

    /** Shows the plan's scenarios and the current one; a current scenario the plan lacks shows as the total one. */
    private void refresh() {
        syncing = true;
        try {
            Plan plan = workbench.document().getPlan();
            if (!box.getItems().equals(plan.scenarios())) {
                box.getItems().setAll(plan.scenarios());
            }
            String current = workbench.currentScenarioProperty().get();
            box.setValue(plan.scenario(current).orElse(plan.totalScenario()));
        } finally {
            syncing = false;
        }
    }

    public ComboBox<Scenario> node() {
        return box;
    }

    /** The name, and in the list what the scenario takes out, so two similar names are told apart. */
    private static final class ScenarioCell extends ListCell<Scenario> {
        @Override
        protected void updateItem(Scenario scenario, boolean empty) {
            super.updateItem(scenario, empty);
            setText(empty || scenario == null ? null : scenario.name());
            setTooltip(empty || scenario == null ? null : new Tooltip(ScenarioText.losses(scenario)));
        }
    }
}
