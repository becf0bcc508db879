package com.recoveryworkbench.ui.compliance;

import com.recoveryworkbench.testplans.DrilledPlans;
import com.recoveryworkbench.analysis.drill.ProvenView;
import com.recoveryworkbench.analysis.drill.ProvenAnalyzer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.analysis.RpoEstimate;
import com.recoveryworkbench.analysis.ScenarioAnalyses;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.analysis.cost.DowntimeCosts;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.testplans.PricedPlans;
import com.recoveryworkbench.testplans.TestPlans;
import com.recoveryworkbench.ui.form.Sorting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class ComplianceTableModelTest {
    private final Plan plan = TestPlans.checkout();
    private final Analysis analysis = new RecoveryAnalyzer().analyze(plan);
    private final ComplianceTableModel model = new ComplianceTableModel();

    private List<String> visibleIds() {
        return model.visibleRows().stream().map(ComplianceRow::id).toList();
    }

    @Test
    void everyServiceHasARowInPlanOrder() {
        model.update(plan, analysis);

        assertEquals(List.of("auth", "catalog", "checkout", "legacy-db"), visibleIds());
        assertEquals("4 services", model.countProperty().get());
        ComplianceRow checkout = model.visibleRows().get(2);
        assertEquals(Duration.ofMinutes(52), checkout.up());
        assertEquals(Duration.ofMinutes(-37), checkout.slack());
        assertEquals(3, checkout.wave());
    }

    @Test
    void theTextFilterMatchesNameIdOwnerAndTierIgnoringCase() {
        model.update(plan, analysis);

        model.filterTextProperty().set("LEGACY");
        assertEquals(List.of("legacy-db"), visibleIds());
        model.filterTextProperty().set("web");
        assertEquals(List.of("catalog", "checkout"), visibleIds());
        model.filterTextProperty().set("tier-1");
        assertEquals(List.of("auth", "legacy-db"), visibleIds());
        assertEquals("2 of 4 services", model.countProperty().get());
        model.filterTextProperty().set("auth");
        assertEquals(List.of("auth"), visibleIds());
    }

    @Test
    void theStateFilterKeepsOnlyThatVerdict() {
        model.update(plan, analysis);

        // Checkout is up at 52m against 15m; Legacy DB is a database with no protection (RPO unbounded).
        model.complianceFilterProperty().set(ComplianceFilter.MISSED);
        assertEquals(List.of("checkout", "legacy-db"), visibleIds());
        // Auth: 16m of 1h to spare (27%), Catalog: 3h50m of 4h.
        model.complianceFilterProperty().set(ComplianceFilter.MEETS);
        assertEquals(List.of("auth", "catalog"), visibleIds());
        model.complianceFilterProperty().set(ComplianceFilter.ALL);
        assertEquals(4, visibleIds().size());
    }

    @Test
    void anUpdateReplacesOnlyTheRowsThatChanged() {
        model.update(plan, analysis);
        ComplianceRow catalog = model.visibleRows().get(1);
        Plan slower = plan.withService(plan.service("legacy-db").orElseThrow().toBuilder()
                .restoreTime(Duration.ofMinutes(50)).build());

        model.update(slower, new RecoveryAnalyzer().analyze(slower));

        assertSame(catalog, model.visibleRows().get(1));
        assertEquals(Duration.ofMinutes(62), model.visibleRows().get(2).up());
    }

    @Test
    void switchingToAScenarioThatChangesManyRowsIsOneChangeOfTheList() {
        // 10 services in region a, 20 in b, each restored in 10m with nothing to wait for: losing a leaves
        // a's rows as in the total scenario and makes b's 20 rows unaffected.
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            services.add(Service.builder(String.format("s%02d", i), ServiceKind.APPLICATION).stateful(false)
                    .restoreTime(Duration.ofMinutes(10)).region(i < 10 ? "a" : "b").build());
        }
        Plan regions = Plan.empty("Regions").withServices(services)
                .withScenario(Scenario.losing("a-lost", "a lost", List.of("a"), List.of()));
        ScenarioAnalyses analyses = new RecoveryAnalyzer().analyzeAll(regions);
        model.update(regions, analyses.total());
        ComplianceRow unchanged = model.visibleRows().get(0);
        int[] changes = {0};
        model.visibleRows().addListener((ListChangeListener<ComplianceRow>) c -> changes[0]++);

        model.update(regions, analyses.of("a-lost").orElseThrow());

        assertEquals(1, changes[0]);
        assertSame(unchanged, model.visibleRows().get(0));
        assertEquals(Verdict.UNAFFECTED, model.visibleRows().get(29).compliance());
    }

    @Test
    void withRatesEachRowHasItsCostAndTheColumnIsShown() {
        Plan priced = PricedPlans.checkout();
        Analysis analysed = new RecoveryAnalyzer().analyze(priced);

        model.update(priced, analysed, analysed, DowntimeCosts.of(priced, analysed).orElseThrow());

        assertTrue(model.costShownProperty().get());
        assertEquals(List.of("880.00 EUR", "50.00 EUR", "5,200.00 EUR", "800.00 EUR"),
                model.visibleRows().stream().map(row -> row.cost().text()).toList());
    }

    @Test
    void withoutRatesNoRowHasACostAndTheColumnIsHidden() {
        Plan priced = PricedPlans.checkout();
        Analysis analysed = new RecoveryAnalyzer().analyze(priced);
        model.update(priced, analysed, analysed, DowntimeCosts.of(priced, analysed).orElseThrow());

        model.update(plan, analysis, analysis, DowntimeCosts.of(plan, analysis).orElse(null));

        assertFalse(model.costShownProperty().get());
        assertTrue(model.visibleRows().stream().allMatch(row -> row.cost() == null));
    }

    @Test
    void aBlockedServiceIsMarkedAsCountingTheHorizon() {
        Plan cyclic = PricedPlans.checkoutWithACycle();
        Analysis analysed = new RecoveryAnalyzer().analyze(cyclic);

        model.update(cyclic, analysed, analysed, DowntimeCosts.of(cyclic, analysed).orElseThrow());

        ComplianceRow loopA = model.visibleRows().stream().filter(r -> r.id().equals("loop-a")).findFirst().orElseThrow();
        assertEquals("14,400.00 EUR · blocked, 2d", loopA.cost().text());
    }

    @Test
    void costsSortByAmountWithBlanksLast() {
        Plan priced = PricedPlans.checkout();
        Analysis analysed = new RecoveryAnalyzer().analyze(priced);
        model.update(priced, analysed, analysed, DowntimeCosts.of(priced, analysed).orElseThrow());
        List<RowCost> costs = new ArrayList<>(model.visibleRows().stream().map(ComplianceRow::cost).toList());
        costs.add(1, null);

        costs.sort(RowCost.BY_AMOUNT);

        // 5,200.00 sorts after 880.00: by amount, not by text.
        assertEquals(Arrays.asList("50.00 EUR", "800.00 EUR", "880.00 EUR", "5,200.00 EUR", null),
                costs.stream().map(c -> c == null ? null : c.text()).toList());
    }

    @Test
    void durationsSortNumericallyWithBlanksLast() {
        List<Duration> values = new ArrayList<>(Arrays.asList(null, Duration.ofMinutes(90), Duration.ofSeconds(551),
                Duration.ofMinutes(-5)));

        values.sort(Sorting.DURATIONS);

        assertEquals(Arrays.asList(Duration.ofMinutes(-5), Duration.ofSeconds(551), Duration.ofMinutes(90), null), values);
    }

    @Test
    void rposSortBySmallestLossThenUnboundedThenNotApplicable() {
        List<RpoEstimate> values = new ArrayList<>(List.of(new RpoEstimate.NotApplicable(), new RpoEstimate.Unbounded(),
                new RpoEstimate.Bounded(Duration.ofMinutes(70)), new RpoEstimate.Bounded(Duration.ZERO)));
        values.add(null);

        values.sort(Sorting.RPO);

        assertEquals(Arrays.asList(new RpoEstimate.Bounded(Duration.ZERO), new RpoEstimate.Bounded(Duration.ofMinutes(70)),
                new RpoEstimate.Unbounded(), new RpoEstimate.NotApplicable(), null), values);
    }

    @Test
    void verdictsSortWorstFirst() {
        List<Verdict> values = new ArrayList<>(List.of(Verdict.MEETS, Verdict.AT_RISK, Verdict.INCOMPLETE,
                Verdict.BLOCKED, Verdict.MISSED));

        values.sort(Sorting.VERDICTS);

        assertEquals(List.of(Verdict.MISSED, Verdict.BLOCKED, Verdict.INCOMPLETE, Verdict.AT_RISK,
                Verdict.MEETS), values);
    }

    @Test
    void wavesSortNumericallyNotAsText() {
        List<Integer> values = new ArrayList<>(Arrays.asList(10, null, 2, 1));

        values.sort(Sorting.WAVES);

        assertEquals(Arrays.asList(1, 2, 10, null), values);
    }

    @Test
    void onTheProvenBasisEachRowKeepsThePlannedUpTimeBesideTheProvenOne() {
        ProvenView view = new ProvenAnalyzer().analyze(DrilledPlans.checkout(), DrilledPlans.NOV_17);

        model.update(DrilledPlans.checkout(), view.proven(), view.planned(), null);

        ComplianceRow checkout = model.visibleRows().get(2);
        assertEquals(Duration.ofMinutes(67), checkout.up());
        assertEquals(Duration.ofMinutes(52), checkout.plannedUp());
        ComplianceRow catalog = model.visibleRows().get(1);
        assertEquals(Duration.ofMinutes(10), catalog.plannedUp());
        assertEquals(catalog.up(), catalog.plannedUp());
    }
}
