package com.recoveryworkbench.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.drill.Basis;
import com.recoveryworkbench.analysis.uncertainty.UncertaintyAnalyzer;
import com.recoveryworkbench.analysis.uncertainty.UncertaintyText;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.RestoreTimeRange;
import com.recoveryworkbench.testplans.TestPlans;
import com.recoveryworkbench.ui.SameThreadWorkbench;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.form.FieldModel;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The inspector's restore range editor and the spread of the up time it leads to. */
class RestoreRangeInspectorTest {
    private final WorkbenchState workbench = SameThreadWorkbench.of(TestPlans.checkout());
    private final PlanDocument document = workbench.document();
    private final InspectorViewModel inspector = new InspectorViewModel(workbench);

    @Test
    void aRangeIsOneUndoableStepAndTheSpreadShowsOnlyWhileThereIsOne() {
        workbench.selection().selectService("checkout");
        assertEquals("", inspector.result().uncertaintyProperty().get());
        workbench.selection().selectService("legacy-db");
        FieldModel<RestoreTimeRange> range = inspector.service().restoreRange();

        range.textProperty().set("30m–1h");
        assertTrue(range.commit());

        assertEquals(new RestoreTimeRange(Duration.ofMinutes(30), Duration.ofHours(1)),
                document.getPlan().service("legacy-db").orElseThrow().restoreTimeRange());
        assertEquals("Undo Set restore range of Legacy DB to 30m–1h", document.history().undoLabelProperty().get());
        workbench.selection().selectService("checkout");
        assertEquals(expectedSentence(document.getPlan(), "checkout"), inspector.result().uncertaintyProperty().get());
        assertTrue(inspector.result().uncertaintyProperty().get().startsWith("Up P50 "));

        document.undo();
        assertNull(document.getPlan().service("legacy-db").orElseThrow().restoreTimeRange());
        assertEquals("", inspector.result().uncertaintyProperty().get());
    }

    @Test
    void aRangeThatMissesTheRestoreTimeIsRefusedWithTheReason() {
        workbench.selection().selectService("legacy-db");
        Plan before = document.getPlan();
        FieldModel<RestoreTimeRange> range = inspector.service().restoreRange();

        range.textProperty().set("50m-1h");

        assertFalse(range.commit());
        assertSame(before, document.getPlan());
        assertEquals("the restore time 40m is outside the restore range 50m–1h", range.errorProperty().get());
    }

    @Test
    void theProvenBasisShowsNoSpread() {
        document.apply("range", plan -> plan.withService(plan.service("legacy-db").orElseThrow().toBuilder()
                .restoreTimeRange(new RestoreTimeRange(Duration.ofMinutes(30), Duration.ofHours(1))).build()));
        workbench.selection().selectService("checkout");
        assertFalse(inspector.result().uncertaintyProperty().get().isEmpty());

        workbench.basisProperty().set(Basis.PROVEN);

        assertEquals("", inspector.result().uncertaintyProperty().get());
    }

    /** What the analysis says for the service, in the inspector's words. */
    private static String expectedSentence(Plan plan, String id) {
        var result = new com.recoveryworkbench.analysis.RecoveryAnalyzer().analyze(plan).result(id).orElseThrow();
        return UncertaintyText.sentence(new UncertaintyAnalyzer().analyze(plan, plan.totalScenario()).orElseThrow()
                .service(id).orElseThrow(), result.rtoTarget());
    }
}
