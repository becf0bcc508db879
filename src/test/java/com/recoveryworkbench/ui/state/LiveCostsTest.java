package com.recoveryworkbench.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.testplans.PricedPlans;
import com.recoveryworkbench.testplans.TestPlans;
import com.recoveryworkbench.ui.SameThreadWorkbench;
import com.recoveryworkbench.ui.edit.PlanDocument;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The window's costs, on {@link PricedPlans#checkout()}: everything lost costs 6,930.00 EUR. Losing only
 * Legacy DB and Auth: Legacy DB up at 40m 800.00, Auth 44m 880.00; Checkout, not hit, only waits for Auth
 * and is up with it at 44m: 44m × 6,000 = 4,400.00; Catalog (soft) unaffected; 6,080.00 EUR.
 */
class LiveCostsTest {
    private static final Scenario DATA_LOST = Scenario.losing("data-lost", "Data lost", List.of(),
            List.of("legacy-db", "auth"));

    @Test
    void eachScenarioHasItsCostAndTheCurrentOneFollowsThePicker() {
        WorkbenchState workbench = SameThreadWorkbench.of(PricedPlans.checkout().withScenario(DATA_LOST));
        LiveCosts costs = workbench.costs();

        assertEquals(Scenario.TOTAL_ID, costs.getCurrent().scenarioId());
        assertEquals("6,930.00 EUR", costs.getCurrent().formattedTotal());

        workbench.currentScenarioProperty().set("data-lost");

        assertEquals("data-lost", costs.getCurrent().scenarioId());
        assertEquals(new BigDecimal("6080.00"), costs.getCurrent().total());
    }

    @Test
    void anEditedRateIsCountedOnceTheEditIsAnalysed() {
        WorkbenchState workbench = SameThreadWorkbench.of(PricedPlans.checkout());

        // Catalog at 900 an hour instead of 300: its 10m cost 150.00 instead of 50.00.
        workbench.document().apply("Catalog's rate", plan -> plan.withService(plan.service("catalog").orElseThrow()
                .toBuilder().downtimeCostPerHour(new BigDecimal("900")).build()));

        assertEquals(new BigDecimal("7030.00"), workbench.costs().getCurrent().total());
    }

    /** An edit removing a service the shown analysis still has must not meet that analysis before its own result. */
    @Test
    void aScenarioPickedWhileAnEditIsAnalysedIsCostedWithThePlanThatWasAnalysed() {
        List<Runnable> queued = new java.util.ArrayList<>();
        LiveAnalysis live = new LiveAnalysis(queued::add, Runnable::run, new RecoveryAnalyzer()::analyzeAll);
        WorkbenchState workbench = new WorkbenchState(new PlanDocument(PricedPlans.checkout().withScenario(DATA_LOST),
                null), live);
        queued.remove(0).run();

        workbench.document().apply("Remove Catalog", plan -> plan.withoutServices(List.of("catalog")));
        workbench.currentScenarioProperty().set("data-lost");

        assertEquals(new BigDecimal("6080.00"), workbench.costs().getCurrent().total());
        queued.remove(0).run();
        assertEquals(new BigDecimal("6080.00"), workbench.costs().getCurrent().total());
        workbench.currentScenarioProperty().set(Scenario.TOTAL_ID);
        // Everything lost without Catalog's 50.00.
        assertEquals(new BigDecimal("6880.00"), workbench.costs().getCurrent().total());
    }

    @Test
    void aPlanWithoutRatesHasNoCost() {
        WorkbenchState workbench = SameThreadWorkbench.of(TestPlans.checkout().withScenario(DATA_LOST));

        assertNull(workbench.costs().getCurrent());
    }

    @Test
    void removingTheLastRateRemovesTheCost() {
        WorkbenchState workbench = SameThreadWorkbench.of(PricedPlans.checkout());

        workbench.document().apply("No rates", plan -> plan.withTiers(plan.tiers().stream()
                .map(t -> t.withDowntimeCostPerHour(null)).toList()));

        assertNull(workbench.costs().getCurrent());
    }
}
