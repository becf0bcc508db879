package com.recoveryworkbench.ui.inspector;

import com.recoveryworkbench.testplans.DrilledPlans;
import com.recoveryworkbench.analysis.drill.ProvenView;
import com.recoveryworkbench.analysis.drill.ProvenAnalyzer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.testplans.TestPlans;
import com.recoveryworkbench.ui.form.Formats;
import org.junit.jupiter.api.Test;

/** The inspector's result says why a service starts when it does. */
class ServiceResultModelTest {

    @Test
    void aServiceThatWaitedForARestoreSlotSaysHowLongAndBehindWhom() {
        // One restore slot. Legacy DB (tier-1, chain 52m) goes before Catalog (tier-2) at 0m; at 40m Auth
        // (tier-1) and at 44m Checkout (tier-0) are ready and go ahead of it too: Catalog starts at 52m.
        Plan plan = TestPlans.checkout();
        plan = plan.withSettings(plan.settings().withRestoreCapacity(1));
        Analysis analysis = new RecoveryAnalyzer().analyze(plan);
        ServiceResultModel result = new ServiceResultModel();

        result.show(plan, analysis, "catalog");
        assertEquals("52m", result.startProperty().get());
        assertEquals("Waited 52m for a free restore slot: when it was ready, the only slot was busy with Legacy DB;"
                + " 2 services ahead of it by priority took the slots that came free before its turn",
                result.slotWaitProperty().get());

        result.show(plan, analysis, "checkout");
        assertEquals(Formats.NONE, result.slotWaitProperty().get());
    }

    @Test
    void theResultShowsTheDrillEvidenceAndWhyTheServiceIsUpWhenItIsProven() {
        ProvenView view = new ProvenAnalyzer().analyze(DrilledPlans.checkout(), DrilledPlans.NOV_17);
        ServiceResultModel result = new ServiceResultModel();

        result.showEvidence(view, "legacy-db", true);
        assertEquals("measured 55m in the 2026-10-03 drill (autumn), recovered", result.evidenceProperty().get());

        result.showEvidence(view, "checkout", true);
        assertEquals("never drilled", result.evidenceProperty().get());
        assertEquals("Checkout is up at 1h7m proven (52m planned): Legacy DB measured 55m in the 2026-10-03 drill"
                + " → Auth 4m → Checkout 8m", result.provenProperty().get());

        // The explanation is the whole plan's: another scenario does not borrow it.
        result.showEvidence(view, "checkout", false);
        assertEquals(Formats.NONE, result.provenProperty().get());
        result.showEvidence(null, "checkout", true);
        assertEquals(Formats.NONE, result.evidenceProperty().get());
    }
}
