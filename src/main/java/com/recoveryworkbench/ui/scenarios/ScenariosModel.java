package com.recoveryworkbench.ui.scenarios;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.ui.edit.PlanDocument;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The plan's scenarios: the list, the selected one and its editor; add, duplicate and delete, each
 * one undoable step. The built-in total scenario cannot be deleted, nor one a drill exercised (the message
 * says so, naming the drills). FX thread only.
 */
public final class ScenariosModel {
    private final PlanDocument document;
    private final ObservableList<Scenario> scenarios = FXCollections.observableArrayList();
    private final ObservableList<Scenario> readOnlyScenarios = FXCollections.unmodifiableObservableList(scenarios);
    private final StringProperty selectedId = new SimpleStringProperty(this, "selectedId");
    private final ScenarioEditorModel editor;
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final ReadOnlyBooleanWrapper totalSelected = new ReadOnlyBooleanWrapper(this, "totalSelected");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private String editedId;

    public ScenariosModel(PlanDocument document) {
        this.document = document;
        editor = new ScenarioEditorModel(document);
        document.planProperty().addListener((obs, old, plan) -> refresh());
        selectedId.addListener((obs, old, id) -> {
            if (editedId != null && document.getPlan().scenario(editedId).isPresent()) {
                editor.commitPending();
            }
            message.set("");
            refresh();
        });
        refresh();
    }

    private void refresh() {
        Plan plan = document.getPlan();
        if (!scenarios.equals(plan.scenarios())) {
            scenarios.setAll(plan.scenarios());
        }
        Scenario selected = selectedId.get() == null ? null : plan.scenario(selectedId.get()).orElse(null);
        editing.set(selected != null);
        totalSelected.set(selected != null && selected.isTotal());
        if (selected != null) {
            editor.show(plan, selected, !selected.id().equals(editedId));
            editedId = selected.id();
        }
    }

    /** Adds a scenario that loses nothing yet and selects it, so it can be filled in. */
    public void add() {
        ScenarioEdits.Added added = ScenarioEdits.add(document.getPlan());
        commit(added, "Add scenario " + added.id());
    }

    /** Adds a copy of the selected scenario and selects the copy. */
    public void duplicateSelected() {
        String id = selectedId.get();
        Plan plan = document.getPlan();
        if (id != null && plan.scenario(id).isPresent()) {
            commit(ScenarioEdits.duplicate(plan, id), "Duplicate scenario " + plan.scenario(id).get().name());
        }
    }

    private void commit(ScenarioEdits.Added added, String label) {
        document.apply(label, plan -> added.plan());
        selectedId.set(added.id());
    }

    /** Deletes the selected scenario, or says why not. */
    public void deleteSelected() {
        String id = selectedId.get();
        Plan plan = document.getPlan();
        if (id == null || plan.scenario(id).isEmpty()) {
            return;
        }
        try {
            Plan without = ScenarioEdits.delete(plan, id);
            document.apply("Delete scenario " + plan.scenario(id).get().name(), p -> without);
            selectedId.set(null);
            message.set("");
        } catch (IllegalArgumentException refused) {
            message.set("Cannot delete " + plan.scenario(id).get().name() + ": " + refused.getMessage() + ".");
        }
    }

    /** The plan's scenarios, sorted by id, the total one among them. */
    public ObservableList<Scenario> scenarios() {
        return readOnlyScenarios;
    }

    /** The id of the scenario being edited; {@code null} when none. The view binds its list selection to it. */
    public StringProperty selectedIdProperty() {
        return selectedId;
    }

    public ScenarioEditorModel editor() {
        return editor;
    }

    /** True while a scenario of the plan is selected, so the editor has something to show. */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** True while the built-in total scenario is selected: only its name and description can change. */
    public ReadOnlyBooleanProperty totalSelectedProperty() {
        return totalSelected.getReadOnlyProperty();
    }

    /** Why the last deletion was refused; empty when nothing is wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
