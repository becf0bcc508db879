package com.recoveryworkbench.ui.scenarios;

import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.form.FieldModel;
import com.recoveryworkbench.ui.form.Parsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The editors of one scenario: name, description, the regions it loses (chosen from the plan's),
 * the services it loses (ids, comma-separated), whether it corrupts data, and a declaration delay
 * of its own (empty: the plan's). Each commit is one undoable step with a label saying what changed
 * ("Lose region eu-west in Ransomware"); an entry that cannot be applied is refused in place with a
 * message and changes nothing. The built-in total scenario takes only a name and a description.
 * FX thread only.
 */
public final class ScenarioEditorModel {
    private final PlanDocument document;
    private final FieldModel<String> name;
    private final FieldModel<String> description;
    private final FieldModel<List<String>> services;
    private final FieldModel<Duration> declarationDelay;
    private final ObservableList<String> regionChoices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Scenario> shown = new ReadOnlyObjectWrapper<>(this, "shown");

    public ScenarioEditorModel(PlanDocument document) {
        this.document = document;
        name = FieldModel.text(value -> change("Rename scenario " + id() + " to " + value, s -> s.withName(value)));
        description = FieldModel.text(value -> change("Describe scenario " + shownName(), s -> s.withDescription(value)));
        services = new FieldModel<>(this::serviceIds, ids -> String.join(", ", ids), ids -> change(
                ids.isEmpty() ? "Lose no service by name in " + shownName()
                        : "Lose services " + String.join(", ", ids) + " in " + shownName(),
                s -> s.withServices(ids)));
        declarationDelay = new FieldModel<>(Parsers::optionalDuration, Durations::format, delay -> change(
                delay == null ? "Use the plan's declaration delay in " + shownName()
                        : "Declare " + shownName() + " after " + Durations.format(delay),
                s -> s.withDeclarationDelay(delay)));
    }

    /** Service ids from "a, b c": each must be a service of the plan. */
    private List<String> serviceIds(String text) {
        List<String> ids = Arrays.stream(text == null ? new String[0] : text.split("[,\\s]+"))
                .filter(part -> !part.isBlank()).distinct().sorted().toList();
        Plan plan = document.getPlan();
        List<String> unknown = ids.stream().filter(id -> !plan.hasService(id)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException((unknown.size() == 1 ? "No service with the id " : "No services with the ids ")
                    + String.join(", ", unknown) + " in this plan: write service ids (as in the inspector), separated by commas");
        }
        return ids;
    }

    private void change(String label, UnaryOperator<Scenario> edit) {
        String id = id();
        if (id == null) {
            return;
        }
        document.apply(label, plan -> plan.withScenario(edit.apply(plan.scenario(id)
                .orElseThrow(() -> new IllegalArgumentException("the scenario is no longer in the plan")))));
    }

    private String id() {
        return shown.get() == null ? null : shown.get().id();
    }

    private String shownName() {
        return shown.get() == null ? "" : shown.get().name();
    }

    /** Shows {@code scenario} of {@code plan}; {@code reset} drops edits in progress (another scenario). */
    public void show(Plan plan, Scenario scenario, boolean reset) {
        shown.set(scenario);
        name.show(scenario.name(), reset);
        description.show(scenario.description(), reset);
        services.show(String.join(", ", scenario.services()), reset);
        declarationDelay.show(Durations.format(scenario.declarationDelay()), reset);
        TreeSet<String> regions = new TreeSet<>(ScenarioEdits.regionsOf(plan));
        regions.addAll(scenario.regions());
        if (!regionChoices.equals(new ArrayList<>(regions))) {
            regionChoices.setAll(regions);
        }
    }

    /** Loses {@code region} in the shown scenario, or keeps it. */
    public void setRegionLost(String region, boolean lost) {
        Scenario s = shown.get();
        if (s == null || s.regions().contains(region) == lost) {
            return;
        }
        TreeSet<String> regions = new TreeSet<>(s.regions());
        if (lost) {
            regions.add(region);
        } else {
            regions.remove(region);
        }
        change((lost ? "Lose region " : "Keep region ") + region + " in " + s.name(), x -> x.withRegions(regions));
    }

    /** Whether the shown scenario also corrupts data (replicas copy the damage). */
    public void setDataCorruption(boolean corrupts) {
        Scenario s = shown.get();
        if (s == null || s.dataCorruption() == corrupts) {
            return;
        }
        change((corrupts ? "Corrupt data in " : "Leave data intact in ") + s.name(), x -> x.withDataCorruption(corrupts));
    }

    public void commitPending() {
        List.of(name, description, services, declarationDelay).forEach(FieldModel::commit);
    }

    /** The scenario shown, as the plan last had it; {@code null} before one is shown. */
    public ReadOnlyObjectProperty<Scenario> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The regions to choose from: the plan's, and any the scenario loses that no service runs in. Sorted. */
    public ObservableList<String> regionChoices() {
        return regionChoices;
    }

    public FieldModel<String> name() {
        return name;
    }

    public FieldModel<String> description() {
        return description;
    }

    public FieldModel<List<String>> services() {
        return services;
    }

    public FieldModel<Duration> declarationDelay() {
        return declarationDelay;
    }
}
