package com.recoveryworkbench.ui.inspector;

import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.form.FieldModel;
import com.recoveryworkbench.ui.form.Parsers;
import java.time.Duration;

/**
 * The plan-wide editors the inspector shows when nothing is selected: name, description, declaration
 * delay and restore capacity (0 = unlimited). Each commit is one undoable step. FX thread only.
 */
public final class PlanEditorModel {
    private final PlanDocument document;
    private final FieldModel<String> name;
    private final FieldModel<String> description;
    private final FieldModel<Duration> declarationDelay;
    private final FieldModel<Integer> restoreCapacity;

    public PlanEditorModel(PlanDocument document) {
        this.document = document;
        name = FieldModel.text(value -> document.apply("Rename plan to " + value, p -> p.withName(value)));
        description = new FieldModel<>(s -> s == null ? "" : s, s -> s,
                value -> document.apply("Set plan description", p -> p.withDescription(value)));
        declarationDelay = new FieldModel<>(Durations::parse, Durations::format, value -> document.apply(
                "Set declaration delay to " + Durations.format(value),
                p -> p.withSettings(p.settings().withDeclarationDelay(value))));
        restoreCapacity = new FieldModel<>(Parsers::capacity, Parsers::capacityText, value -> document.apply(
                "Set restore capacity to " + (value == 0 ? "unlimited" : value.toString()),
                p -> p.withSettings(p.settings().withRestoreCapacity(value))));
    }

    /** Refreshes the fields from the current plan; {@code reset} drops edits in progress. */
    public void show(boolean reset) {
        Plan plan = document.getPlan();
        name.show(plan.name(), reset);
        description.show(plan.description(), reset);
        declarationDelay.show(Durations.format(plan.settings().declarationDelay()), reset);
        restoreCapacity.show(Parsers.capacityText(plan.settings().restoreCapacity()), reset);
    }

    /** Applies every field the user changed and left valid (before the inspector shows something else). */
    public void commitPending() {
        name.commit();
        description.commit();
        declarationDelay.commit();
        restoreCapacity.commit();
    }

    public FieldModel<String> name() {
        return name;
    }

    public FieldModel<String> description() {
        return description;
    }

    public FieldModel<Duration> declarationDelay() {
        return declarationDelay;
    }

    public FieldModel<Integer> restoreCapacity() {
        return restoreCapacity;
    }
}
