package com.recoveryworkbench.ui.inspector;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.DependencyType;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.form.ChoiceModel;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The editors of one selected dependency: who depends on whom (read-only), its type (hard or soft)
 * and deleting it. Each change is one undoable step. FX thread only.
 */
public final class DependencyEditorModel {
    private final PlanDocument document;
    private final ReadOnlyStringWrapper from = new ReadOnlyStringWrapper(this, "from", "");
    private final ReadOnlyStringWrapper to = new ReadOnlyStringWrapper(this, "to", "");
    private final ChoiceModel<DependencyType> type;
    private Dependency shown;

    public DependencyEditorModel(PlanDocument document) {
        this.document = document;
        type = new ChoiceModel<>(DependencyEditorModel::typeLabel, value -> {
            Dependency d = shown;
            document.apply("Make " + title() + " " + value.code(), p -> p.withDependency(d.withType(value)));
        });
    }

    private static String typeLabel(DependencyType t) {
        return t == DependencyType.HARD ? "Hard: must be up first" : "Soft: runs degraded without it";
    }

    /** Shows {@code dependency} of {@code plan}; names of services the plan lacks show as their ids. */
    public void show(Plan plan, Dependency dependency) {
        shown = dependency;
        from.set(name(plan, dependency.from()));
        to.set(name(plan, dependency.to()));
        type.show(dependency.type(), List.of(DependencyType.values()));
    }

    private static String name(Plan plan, String id) {
        return plan.service(id).map(Service::name).orElse(id + " (not in this plan)");
    }

    private String title() {
        return "dependency " + from.get() + " → " + to.get();
    }

    /** Removes the shown dependency (one undoable step). */
    public void delete() {
        Dependency d = shown;
        if (d != null) {
            document.apply("Delete " + title(), p -> p.withoutDependencies(List.of(d)));
        }
    }

    /** The dependent service's name. */
    public ReadOnlyStringProperty fromProperty() {
        return from.getReadOnlyProperty();
    }

    /** The name of the service it depends on. */
    public ReadOnlyStringProperty toProperty() {
        return to.getReadOnlyProperty();
    }

    public ChoiceModel<DependencyType> type() {
        return type;
    }
}
