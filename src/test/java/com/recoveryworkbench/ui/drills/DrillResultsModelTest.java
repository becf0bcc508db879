package com.recoveryworkbench.ui.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.testplans.TestPlans;
import com.recoveryworkbench.ui.SameThreadWorkbench;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The results grid's model on the checkout plan (services by id: auth, catalog, checkout, legacy-db):
 * Legacy DB restores in 40m, Auth hard-depends on it (4m), Checkout on Auth (8m), so Checkout is up
 * at 52m planned; Catalog (10m) only soft-depends on Auth.
 */
class DrillResultsModelTest {
    private static final LocalDate DAY = LocalDate.of(2026, 10, 3);

    private final WorkbenchState workbench = SameThreadWorkbench.of(TestPlans.checkout()
            .withDrill(new Drill("autumn", DAY, "Autumn test", null, "", List.of())));
    private final PlanDocument document = workbench.document();
    private final DrillResultsModel model = new DrillResultsModel(workbench);

    DrillResultsModelTest() {
        model.drillIdProperty().set("autumn");
    }

    private ResultRow row(String service) {
        return model.rows().stream().filter(r -> r.service().equals(service)).findFirst().orElseThrow();
    }

    private DrillResult result(String service) {
        return document.getPlan().drill("autumn").orElseThrow().result(service).orElse(null);
    }

    @Test
    void showsARowPerServiceWithPlannedAndProvenUpTimes() {
        assertEquals(List.of("auth", "catalog", "checkout", "legacy-db"),
                model.rows().stream().map(ResultRow::service).toList());
        ResultRow checkout = row("checkout");
        assertEquals("Checkout", checkout.name());
        assertEquals("tier-0", checkout.tier());
        assertEquals(Duration.ofMinutes(8), checkout.restoreTime());
        assertFalse(checkout.hasResult());
        assertEquals(Duration.ofMinutes(52), checkout.plannedUp());
        assertEquals(Duration.ofMinutes(52), checkout.provenUp());
    }

    @Test
    void aMeasuredTimeRecordsTheClaimAndMovesTheProvenUpTimeOfDependents() {
        assertTrue(model.type("legacy-db", ResultColumn.MEASURED, "55m"));

        DrillResult entered = result("legacy-db");
        assertEquals(Duration.ofMinutes(55), entered.measured());
        assertEquals(DrillOutcome.RECOVERED, entered.outcome());
        assertEquals(Duration.ofMinutes(40), entered.claimed().restoreTime());
        assertEquals(Duration.ofMinutes(55), row("legacy-db").measured());
        assertEquals(Duration.ofMinutes(40), row("legacy-db").claimed());
        // 55m + Auth 4m + Checkout 8m; the plan still says 40m + 4m + 8m.
        assertEquals(Duration.ofMinutes(67), row("checkout").provenUp());
        assertEquals(Duration.ofMinutes(52), row("checkout").plannedUp());
        assertEquals(Duration.ofMinutes(10), row("catalog").provenUp(), "a soft dependency never delays");
        assertTrue(document.history().undoLabelProperty().get().contains("Enter measured of Legacy DB in drill Autumn test"),
                document.history().undoLabelProperty().get());

        document.undo();
        assertNull(result("legacy-db"));
        assertEquals(Duration.ofMinutes(52), row("checkout").provenUp());
    }

    @Test
    void typedTimesTakeTheFormsShorthand() {
        assertTrue(model.type("auth", ResultColumn.MEASURED, "1h5m"));
        assertTrue(model.type("catalog", ResultColumn.MEASURED, "9m11s"));
        assertEquals(Duration.ofMinutes(65), result("auth").measured());
        assertEquals(Duration.ofSeconds(551), result("catalog").measured());
    }

    @Test
    void zeroNegativeAndGarbageTimesAreRefusedInPlaceAndChangeNothing() {
        Plan before = document.getPlan();

        assertFalse(model.type("legacy-db", ResultColumn.MEASURED, "0m"));
        assertTrue(model.messageProperty().get().startsWith("Legacy DB, Measured: '0m' is no time at all"),
                model.messageProperty().get());
        assertFalse(model.type("legacy-db", ResultColumn.MEASURED, "-5m"));
        assertTrue(model.messageProperty().get().startsWith("Legacy DB, Measured: '-5m' is negative"),
                model.messageProperty().get());
        assertFalse(model.type("legacy-db", ResultColumn.OUTCOME, "fine"));
        assertTrue(model.messageProperty().get().contains("'fine' is not an outcome: write recovered, partial or failed"),
                model.messageProperty().get());
        assertTrue(model.messageProperty().get().endsWith("Nothing was changed."));

        assertSame(before, document.getPlan());
        assertTrue(model.type("legacy-db", ResultColumn.MEASURED, "55m"));
        assertEquals("", model.messageProperty().get(), "an accepted entry clears the message");
    }

    @Test
    void outcomesNotesAndAnEmptyOutcomeThatRemovesTheResult() {
        assertFalse(model.type("checkout", ResultColumn.NOTES, "keys missing"));
        assertTrue(model.messageProperty().get().contains("no result to take notes on yet"));

        assertTrue(model.type("checkout", ResultColumn.OUTCOME, "Failed"));
        assertEquals(DrillOutcome.FAILED, result("checkout").outcome());
        assertNull(result("checkout").measured(), "a failed restore need not be timed");
        assertTrue(model.type("checkout", ResultColumn.NOTES, "keys missing"));
        assertEquals("keys missing", row("checkout").notes());

        assertTrue(model.type("checkout", ResultColumn.OUTCOME, ResultRow.NO_OUTCOME));
        assertNull(result("checkout"));
        assertFalse(row("checkout").hasResult());
    }

    @Test
    void theClaimStaysAsItWasOnTheDayTheResultWasEntered() {
        model.type("legacy-db", ResultColumn.MEASURED, "55m");
        document.apply("Faster DB", plan -> plan.withService(plan.service("legacy-db").orElseThrow().toBuilder()
                .restoreTime(Duration.ofMinutes(30)).build()));
        model.type("legacy-db", ResultColumn.DATA_LOSS, "12m");

        assertEquals(Duration.ofMinutes(30), row("legacy-db").restoreTime());
        assertEquals(Duration.ofMinutes(40), row("legacy-db").claimed());
        assertEquals(Duration.ofMinutes(12), result("legacy-db").dataLoss());
    }

    @Test
    void pastingThreeRowsFromASpreadsheetIsOneUndoableStep() {
        long revision = document.getRevision();

        // Into Auth's measured cell and down: Auth, Catalog, Checkout.
        assertTrue(model.paste(0, ResultColumn.MEASURED, "5m\t\trecovered\n12m\t1m\tpartial\tslow start\n9m11s\r\n"),
                model.messageProperty().get());

        assertEquals(new DrillResult("auth", Duration.ofMinutes(5), null, DrillOutcome.RECOVERED,
                result("auth").claimed(), ""), result("auth"));
        assertEquals(Duration.ofMinutes(12), result("catalog").measured());
        assertEquals(Duration.ofMinutes(1), result("catalog").dataLoss());
        assertEquals(DrillOutcome.PARTIAL, result("catalog").outcome());
        assertEquals("slow start", result("catalog").notes());
        assertEquals(Duration.ofSeconds(551), result("checkout").measured());
        assertEquals(DrillOutcome.RECOVERED, result("checkout").outcome());
        assertNull(result("legacy-db"));
        assertEquals(revision + 1, document.getRevision());
        assertEquals("Paste 3 rows into drill Autumn test", document.history().undoLabelProperty().get()
                .replaceFirst("^Undo ", ""));

        document.undo();
        assertTrue(document.getPlan().drill("autumn").orElseThrow().results().isEmpty());
    }

    @Test
    void aPasteFromTheOutcomeColumnFillsOutcomeThenNotes() {
        assertTrue(model.paste(2, ResultColumn.OUTCOME, "failed\tkeys missing\n"));
        assertEquals(DrillOutcome.FAILED, result("checkout").outcome());
        assertEquals("keys missing", result("checkout").notes());
    }

    @Test
    void aPastedRowThatSkipsTheOutcomeKeepsItAndADashRemovesTheResult() {
        model.type("checkout", ResultColumn.OUTCOME, "partial");

        assertTrue(model.paste(2, ResultColumn.MEASURED, "9m\t\t\tcame back slowly\n55m\t\t\ttape\n"),
                model.messageProperty().get());
        assertEquals(DrillOutcome.PARTIAL, result("checkout").outcome(), "an empty outcome cell leaves it as it was");
        assertEquals("came back slowly", result("checkout").notes());
        assertEquals(DrillOutcome.RECOVERED, result("legacy-db").outcome(), "a measured time begins a recovered result");
        assertEquals("tape", result("legacy-db").notes());

        assertTrue(model.paste(3, ResultColumn.OUTCOME, "-"));
        assertNull(result("legacy-db"));
    }

    @Test
    void aPasteWithABadCellChangesNothingAndSaysWhereEachProblemIs() {
        Plan before = document.getPlan();

        assertFalse(model.paste(1, ResultColumn.MEASURED, "12m\n0\t\trecovered\n4m\t\tmaybe\n1m\n"));

        assertSame(before, document.getPlan());
        assertEquals(String.join("\n",
                "Pasted row 2 (Checkout), Measured: '0' is no time at all: a measured restore takes more than zero;"
                        + " leave the cell empty when nothing was timed",
                "Pasted row 3 (Legacy DB), Outcome: 'maybe' is not an outcome: write recovered, partial or failed",
                "Pasted row 4: the grid has no row for it (4 services; pasted from row 2)",
                "Nothing was changed."), model.messageProperty().get());
    }

    @Test
    void aRowWiderThanTheColumnsLeftIsRefused() {
        assertFalse(model.paste(0, ResultColumn.OUTCOME, "recovered\tnotes\textra"));
        assertEquals("Pasted row 1 has 3 cells, but only 2 columns (Outcome, Notes) take them from Outcome on\n"
                + "Nothing was changed.", model.messageProperty().get());
    }

    @Test
    void noDrillShownShowsNoRows() {
        model.drillIdProperty().set(null);
        assertTrue(model.rows().isEmpty());
        assertFalse(model.type("auth", ResultColumn.MEASURED, "5m"));
    }
}
