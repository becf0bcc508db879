package com.recoveryworkbench.ui.drills;

import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.form.ChoiceModel;
import com.recoveryworkbench.ui.form.FieldModel;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The editors of one drill of the log: its name, date (not after today), the scenario it exercised
 * (one of the plan's) and its lessons learned. Each commit is one undoable step ("Rename drill
 * 2026-10-03 to Autumn test"); a refused entry stays in its editor with the reason. FX thread only.
 */
public final class DrillEditorModel {
    private final PlanDocument document;
    private final Supplier<LocalDate> today;
    private final FieldModel<String> name;
    private final FieldModel<LocalDate> date;
    private final FieldModel<String> notes;
    private final ChoiceModel<String> scenario;
    private String drillId;

    /** @param today the day a drill date may not be after, asked at each entry */
    public DrillEditorModel(PlanDocument document, Supplier<LocalDate> today) {
        this.document = document;
        this.today = today;
        name = FieldModel.text(value -> change("Rename drill " + drillId + " to " + value, d -> with(d, d.date(),
                value, d.scenario(), d.notes())));
        date = new FieldModel<>(this::parseDate, LocalDate::toString, value -> change(
                "Date drill " + drillId + " " + value, d -> with(d, value, d.name(), d.scenario(), d.notes())));
        notes = FieldModel.text(value -> change("Note lessons of drill " + drillId, d -> with(d, d.date(), d.name(),
                d.scenario(), value)));
        scenario = new ChoiceModel<>(this::scenarioName, value -> change("Set scenario of drill " + drillId + " to "
                + value, d -> with(d, d.date(), d.name(), value, d.notes())));
    }

    /** A day as YYYY-MM-DD, not after today: a drill cannot have happened yet. */
    LocalDate parseDate(String text) {
        return DrillDates.parse(text, today.get());
    }

    private String scenarioName(String id) {
        return document.getPlan().scenario(id).map(Scenario::name).orElse(id);
    }

    private static Drill with(Drill d, LocalDate date, String name, String scenario, String notes) {
        return new Drill(d.id(), date, name, scenario, notes, d.results());
    }

    private void change(String label, UnaryOperator<Drill> edit) {
        String id = drillId;
        if (id == null) {
            return;
        }
        document.apply(label, plan -> plan.withDrill(edit.apply(plan.drill(id)
                .orElseThrow(() -> new IllegalArgumentException("the drill is no longer in the plan")))));
    }

    /** Shows {@code drill} of {@code plan}; {@code reset} drops edits in progress (another drill). */
    void show(Plan plan, Drill drill, boolean reset) {
        drillId = drill.id();
        name.show(drill.name(), reset);
        date.show(drill.date().toString(), reset);
        notes.show(drill.notes(), reset);
        scenario.show(drill.scenario(), plan.scenarios().stream().map(Scenario::id).toList());
    }

    void commitPending() {
        List.of(name, date, notes).forEach(FieldModel::commit);
    }

    /** The id of the drill shown; {@code null} before one is shown. */
    String drillId() {
        return drillId;
    }

    public FieldModel<String> name() {
        return name;
    }

    public FieldModel<LocalDate> date() {
        return date;
    }

    public FieldModel<String> notes() {
        return notes;
    }

    public ChoiceModel<String> scenario() {
        return scenario;
    }
}
