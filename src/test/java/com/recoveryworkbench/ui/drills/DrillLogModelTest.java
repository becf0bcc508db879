package com.recoveryworkbench.ui.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.ClaimedRecovery;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.testplans.TestPlans;
import com.recoveryworkbench.ui.edit.PlanDocument;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The drill log of the Drills tab: newest first, add, edit and delete, each one undoable step. */
class DrillLogModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private final PlanDocument document = new PlanDocument(TestPlans.checkout()
            .withScenario(Scenario.losing("eu", "Europe lost", List.of("eu-west"), List.of()))
            .withDrill(drill("spring", LocalDate.of(2026, 4, 1), "Spring test"))
            .withDrill(drill("autumn", LocalDate.of(2026, 10, 3), "Autumn test")), null);
    private final DrillLogModel model = new DrillLogModel(document, () -> TODAY);

    private static Drill drill(String id, LocalDate date, String name) {
        ClaimedRecovery claim = new ClaimedRecovery(Duration.ofMinutes(40), null, List.of());
        return new Drill(id, date, name, null, "", List.of(
                new DrillResult("legacy-db", Duration.ofMinutes(55), null, DrillOutcome.RECOVERED, claim, ""),
                new DrillResult("auth", Duration.ofMinutes(4), null, DrillOutcome.RECOVERED, claim, ""),
                new DrillResult("checkout", null, null, DrillOutcome.FAILED, claim, "keys missing")));
    }

    private Drill drill(String id) {
        return document.getPlan().drill(id).orElseThrow();
    }

    @Test
    void theLogIsNewestFirstWithAnOutcomeSummary() {
        assertEquals(List.of("autumn", "spring"), model.drills().stream().map(Drill::id).toList());
        assertEquals("2 recovered · 1 failed", DrillSummary.outcomes(drill("autumn")));
        assertEquals("no results yet", DrillSummary.outcomes(new Drill("x", TODAY, null, null, null, List.of())));
    }

    @Test
    void addMakesADrillOfTodayAndSelectsIt() {
        model.add();

        assertEquals("2026-12-06", model.selectedIdProperty().get());
        Drill added = drill("2026-12-06");
        assertEquals(TODAY, added.date());
        assertEquals("Restore drill 2026-12-06", added.name());
        assertEquals("total", added.scenario());
        assertTrue(added.results().isEmpty());
        assertEquals("2026-12-06", model.drills().get(0).id());
        assertTrue(model.editingProperty().get());
        assertEquals("Restore drill 2026-12-06", model.editor().name().textProperty().get());
        assertEquals(List.of("eu", "total"), model.editor().scenario().options());

        model.add();
        assertEquals("2026-12-06-2", model.selectedIdProperty().get(), "a second drill the same day gets its own id");

        document.undo();
        document.undo();
        assertEquals(List.of("autumn", "spring"), model.drills().stream().map(Drill::id).toList());
        assertFalse(model.editingProperty().get());
    }

    @Test
    void addWithDetailsRefusesADayThatHasNotComeAndAnUnknownScenario() {
        Plan before = document.getPlan();
        IllegalArgumentException future = assertThrows(IllegalArgumentException.class,
                () -> model.add(TODAY.plusDays(1), "Tomorrow", "total"));
        assertEquals("2026-12-07 is after today (2026-12-06): a drill cannot have happened yet", future.getMessage());
        assertThrows(IllegalArgumentException.class, () -> model.add(TODAY, "x", "mars"));
        assertSame(before, document.getPlan());

        assertEquals("2026-11-30", model.add(LocalDate.of(2026, 11, 30), "Region test", "eu"));
        assertEquals("eu", drill("2026-11-30").scenario());
        assertEquals("Region test", drill("2026-11-30").name());
    }

    @Test
    void theEditorChangesNameDateScenarioAndNotesOneStepEach() {
        model.selectedIdProperty().set("autumn");
        DrillEditorModel editor = model.editor();
        long revision = document.getRevision();

        editor.name().textProperty().set("Autumn restore test");
        assertTrue(editor.name().commit());
        editor.date().textProperty().set("2026-10-04");
        assertTrue(editor.date().commit());
        editor.notes().textProperty().set("Tape restore is slow.\nKeys must be in the backup.");
        assertTrue(editor.notes().commit());
        editor.scenario().valueProperty().set("eu");

        Drill edited = drill("autumn");
        assertEquals("Autumn restore test", edited.name());
        assertEquals(LocalDate.of(2026, 10, 4), edited.date());
        assertEquals("Tape restore is slow.\nKeys must be in the backup.", edited.notes());
        assertEquals("eu", edited.scenario());
        assertEquals(3, edited.results().size(), "the results stay");
        assertEquals(revision + 4, document.getRevision());
    }

    @Test
    void aDateAfterTodayOrNotADateIsRefusedInPlace() {
        model.selectedIdProperty().set("autumn");
        DrillEditorModel editor = model.editor();
        Plan before = document.getPlan();

        editor.date().textProperty().set("2026-12-07");
        assertFalse(editor.date().commit());
        assertEquals("2026-12-07 is after today (2026-12-06): a drill cannot have happened yet",
                editor.date().errorProperty().get());
        editor.date().textProperty().set("3 Oct");
        assertFalse(editor.date().commit());
        assertEquals("'3 Oct' is not a date: write the day of the drill as YYYY-MM-DD, e.g. 2026-12-06",
                editor.date().errorProperty().get());
        assertEquals("3 Oct", editor.date().textProperty().get(), "what was typed stays to be corrected");
        assertSame(before, document.getPlan());
    }

    @Test
    void deleteAsksFirstAndUndoBringsTheDrillBack() {
        model.selectedIdProperty().set("autumn");
        model.confirmDelete();
        assertTrue(document.getPlan().drill("autumn").isPresent(), "nothing is deleted without asking");

        model.askDelete();
        assertEquals("Delete drill \"Autumn test\" (2026-10-03) and its 3 results? Undo brings it back.",
                model.deleteQuestionProperty().get());
        model.cancelDelete();
        model.confirmDelete();
        assertTrue(document.getPlan().drill("autumn").isPresent());

        model.askDelete();
        model.confirmDelete();
        assertTrue(document.getPlan().drill("autumn").isEmpty());
        assertNull(model.selectedIdProperty().get());
        assertEquals("", model.deleteQuestionProperty().get());

        document.undo();
        assertEquals(drill("spring", LocalDate.of(2026, 4, 1), "Spring test"), drill("spring"));
        assertEquals("Autumn test", drill("autumn").name());
    }
}
