package com.recoveryworkbench.ui.drills;

import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.ui.edit.PlanDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The plan's drill log, newest first: the selected drill and its editor, adding a drill and deleting one
 * after a confirmation, each one undoable step. FX thread only.
 */
public final class DrillLogModel {
    private final PlanDocument document;
    private final Supplier<LocalDate> today;
    private final ObservableList<Drill> drills = FXCollections.observableArrayList();
    private final ObservableList<Drill> readOnlyDrills = FXCollections.unmodifiableObservableList(drills);
    private final StringProperty selectedId = new SimpleStringProperty(this, "selectedId");
    private final DrillEditorModel editor;
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final ReadOnlyStringWrapper deleteQuestion = new ReadOnlyStringWrapper(this, "deleteQuestion", "");

    /** @param today the day a new drill takes and a drill date may not be after */
    public DrillLogModel(PlanDocument document, Supplier<LocalDate> today) {
        this.document = document;
        this.today = today;
        editor = new DrillEditorModel(document, today);
        document.planProperty().addListener((obs, old, plan) -> refresh());
        selectedId.addListener((obs, old, id) -> {
            if (editor.drillId() != null && document.getPlan().drill(editor.drillId()).isPresent()) {
                editor.commitPending();
            }
            deleteQuestion.set("");
            refresh();
        });
        refresh();
    }

    private void refresh() {
        Plan plan = document.getPlan();
        List<Drill> newestFirst = plan.drills().stream().sorted(Drill.BY_DATE_THEN_ID.reversed()).toList();
        if (!drills.equals(newestFirst)) {
            drills.setAll(newestFirst);
        }
        Drill selected = selectedId.get() == null ? null : plan.drill(selectedId.get()).orElse(null);
        editing.set(selected != null);
        if (selected == null) {
            deleteQuestion.set("");
        } else {
            editor.show(plan, selected, !selected.id().equals(editor.drillId()));
        }
    }

    /** Adds a drill held today, of the built-in total scenario, and selects it so it can be filled in. */
    public void add() {
        add(today.get(), null, Scenario.TOTAL_ID);
    }

    /**
     * Adds a drill with no results yet and selects it; its id is its date ({@code 2026-10-03}, then
     * {@code 2026-10-03-2}, …).
     *
     * @param name     {@code null} or blank: "Restore drill" and the date
     * @param scenario one of the plan's scenarios
     * @throws IllegalArgumentException when the date is after today or the plan has no such scenario
     */
    public String add(LocalDate date, String name, String scenario) {
        DrillDates.requireHappened(date, today.get());
        Plan plan = document.getPlan();
        if (plan.scenario(scenario).isEmpty()) {
            throw new IllegalArgumentException("the plan has no scenario '" + scenario + "'");
        }
        Drill drill = newDrill(plan, date, name, scenario, List.of());
        document.apply("Add drill " + drill.name(), p -> p.withDrill(drill));
        selectedId.set(drill.id());
        return drill.id();
    }

    /**
     * A drill the log does not have yet: its id is its date ({@code 2026-10-03}, then {@code 2026-10-03-2},
     * …), a blank name becomes "Restore drill" and the date.
     */
    static Drill newDrill(Plan plan, LocalDate date, String name, String scenario, List<DrillResult> results) {
        String named = name == null || name.isBlank() ? "Restore drill " + date : name;
        return new Drill(freeId(plan, date.toString()), date, named, scenario, "", results);
    }

    /** {@code base}, or {@code base-2}, {@code base-3}, … whichever the drill log does not have. */
    private static String freeId(Plan plan, String base) {
        String candidate = base;
        for (int n = 2; plan.drill(candidate).isPresent(); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /** Asks before deleting the selected drill: {@link #deleteQuestionProperty()} says what would go. */
    public void askDelete() {
        document.getPlan().drill(selectedId.get()).ifPresent(drill -> deleteQuestion.set("Delete drill \"" + drill.name()
                + "\" (" + drill.date() + ") and its " + drill.results().size()
                + (drill.results().size() == 1 ? " result" : " results") + "? Undo brings it back."));
    }

    /** Deletes the selected drill after {@link #askDelete}; does nothing when nobody was asked. */
    public void confirmDelete() {
        String id = selectedId.get();
        Plan plan = document.getPlan();
        if (deleteQuestion.get().isEmpty() || id == null || plan.drill(id).isEmpty()) {
            return;
        }
        String name = plan.drill(id).get().name();
        document.apply("Delete drill " + name, p -> p.withDrills(p.drills().stream()
                .filter(d -> !d.id().equals(id)).toList()));
        selectedId.set(null);
        deleteQuestion.set("");
    }

    /** Keeps the drill after all. */
    public void cancelDelete() {
        deleteQuestion.set("");
    }

    /** The plan's drills, newest first (by date, then id, reversed). */
    public ObservableList<Drill> drills() {
        return readOnlyDrills;
    }

    /** The id of the drill being edited, whose results the grid shows; {@code null} when none. */
    public StringProperty selectedIdProperty() {
        return selectedId;
    }

    public DrillEditorModel editor() {
        return editor;
    }

    /** True while a drill of the plan is selected. */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** The question asked before a deletion; empty when none is pending. */
    public ReadOnlyStringProperty deleteQuestionProperty() {
        return deleteQuestion.getReadOnlyProperty();
    }
}
