package com.recoveryworkbench.ui.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.testplans.TestPlans;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.files.DrillDetails;
import com.recoveryworkbench.ui.files.ScriptedDialogs;
import com.recoveryworkbench.ui.state.BackgroundTasks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File ▸ Import Drill Results… with scripted dialogs and the sheet read on the calling thread. */
class DrillImportActionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final LocalDate DAY = LocalDate.of(2026, 10, 3);

    @TempDir
    Path dir;

    private final PlanDocument document = new PlanDocument(TestPlans.checkout(), null);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> selected = new ArrayList<>();
    private final List<String> activity = new ArrayList<>();
    private final DrillImportAction action = new DrillImportAction(document, dialogs,
            new BackgroundTasks(Runnable::run, Runnable::run), activity::add, () -> TODAY, selected::add);

    private void importSheet(String csv, DrillDetails details) throws IOException {
        dialogs.files.add(Files.writeString(dir.resolve("results.csv"), csv));
        dialogs.drillDetailsAnswers.add(Optional.of(details));
        action.importResults();
    }

    @Test
    void aSheetBecomesOneDrillSelectedInTheTabAndOneUndoableStep() throws IOException {
        importSheet("id,measured,outcome,notes\nlegacy-db,55m,recovered,tape was slow\ncheckout,,failed,keys missing\n",
                new DrillDetails(DAY, "Autumn test", "total"));

        Drill drill = document.getPlan().drill("2026-10-03").orElseThrow();
        assertEquals("Autumn test", drill.name());
        assertEquals(DAY, drill.date());
        assertEquals(Duration.ofMinutes(55), drill.result("legacy-db").orElseThrow().measured());
        assertEquals(Duration.ofMinutes(40), drill.result("legacy-db").orElseThrow().claimed().restoreTime());
        assertEquals(DrillOutcome.FAILED, drill.result("checkout").orElseThrow().outcome());
        assertEquals(List.of("2026-10-03"), selected);
        assertEquals(List.of("Added drill \"Autumn test\" (2026-10-03): 1 recovered · 1 failed. Undo takes it back."),
                dialogs.notices);
        assertEquals(new DrillDetails(TODAY, "", "total"), dialogs.drillDetailsSuggested.get(0),
                "the question suggests today and the total scenario");
        assertEquals(2, activity.size(), "says it reads the sheet, then clears the message");

        document.undo();
        assertTrue(document.getPlan().drills().isEmpty());
    }

    @Test
    void aSheetWithAnErrorAddsNothingAndSaysTheLineAndColumn() throws IOException {
        Plan before = document.getPlan();

        importSheet("id,measured,outcome\nlegacy-db,55m,recovered\nghost,4m,recovered\n",
                new DrillDetails(DAY, "Autumn test", "total"));

        assertSame(before, document.getPlan());
        assertEquals(1, dialogs.errors.size());
        String error = dialogs.errors.get(0);
        assertTrue(error.contains("results.csv:3:1"), error);
        assertTrue(error.contains("'ghost' is not a service of the plan \"Shop\""), error);
        assertTrue(error.endsWith("No drill was added; the plan is as it was."), error);
        assertTrue(selected.isEmpty());
    }

    @Test
    void aDayThatHasNotComeIsRefusedBeforeTheSheetIsRead() throws IOException {
        Plan before = document.getPlan();

        importSheet("id,measured,outcome\nlegacy-db,55m,recovered\n", new DrillDetails(TODAY.plusDays(1), "", "total"));

        assertSame(before, document.getPlan());
        assertEquals(List.of("2026-12-07 is after today (2026-12-06): a drill cannot have happened yet."
                + "\n\nNo drill was added; the plan is as it was."), dialogs.errors);
        assertTrue(activity.isEmpty());
    }

    @Test
    void cancellingTheDetailsImportsNothing() throws IOException {
        dialogs.files.add(Files.writeString(dir.resolve("results.csv"), "id,measured,outcome\n"));
        dialogs.drillDetailsAnswers.add(Optional.empty());
        action.importResults();

        assertTrue(document.getPlan().drills().isEmpty());
        assertTrue(dialogs.errors.isEmpty());
    }
}
