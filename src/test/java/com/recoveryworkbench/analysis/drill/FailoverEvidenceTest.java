package com.recoveryworkbench.analysis.drill;

import static com.recoveryworkbench.testplans.DrilledPlans.EU_LOST;
import static com.recoveryworkbench.testplans.DrilledPlans.REGION_DRILL_DAY;
import static com.recoveryworkbench.testplans.DrilledPlans.orders;
import static com.recoveryworkbench.testplans.DrilledPlans.regionDrill;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.analysis.ServiceState;
import com.recoveryworkbench.model.ClaimedRecovery;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.Service;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A drill of a region loss times the failover of what fails over and the restore of the rest; each
 * stands in only for the plan's time of the same action. On {@code DrilledPlans.orders()}: Orders DB
 * (restore 40m, failover 10m) ← Orders (restore 8m); planned total 40m → 48m, planned eu-lost 10m → 18m.
 */
class FailoverEvidenceTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    private static final LocalDate OCT_3 = LocalDate.of(2026, 10, 3);
    private final ProvenAnalyzer analyzer = new ProvenAnalyzer();

    @Test
    void aRegionDrillTimesTheFailoverOfWhatFailsOverAndTheRestoreOfTheRest() {
        EvidenceIndex evidence = EvidenceIndex.of(regionDrill(orders()));

        assertEquals(MeasuredAction.FAILOVER, evidence.latest("orders-db").orElseThrow().action());
        assertEquals(MeasuredAction.RESTORE, evidence.latest("orders").orElseThrow().action());
        assertEquals(List.of(), evidence.latest("orders-db", MeasuredAction.RESTORE).stream().toList());
    }

    @Test
    void aMeasuredFailoverReplacesTheFailoverTimeAndLeavesTheRestoreTime() {
        DrillAnalyses analyses = analyzer.analyzeAll(regionDrill(orders()), AS_OF);

        // Total: Orders DB restores in its planned 40m, Orders in its measured 9m: 40m, 49m.
        Analysis total = analyses.proven().total();
        assertEquals(Duration.ofMinutes(40), up(total, "orders-db"));
        assertEquals(Duration.ofMinutes(49), up(total, "orders"));
        // eu lost: Orders DB fails over in its measured 15m, Orders restores in 9m after it: 15m, 24m.
        Analysis euLost = analyses.proven().of(EU_LOST).orElseThrow();
        assertEquals(ServiceState.FAILED_OVER, euLost.result("orders-db").orElseThrow().state());
        assertEquals(Duration.ofMinutes(15), up(euLost, "orders-db"));
        assertEquals(Duration.ofMinutes(24), up(euLost, "orders"));
        // The planned analyses are the plan's own: 10m, 18m.
        Analysis plannedEuLost = analyses.planned().of(EU_LOST).orElseThrow();
        assertEquals(Duration.ofMinutes(10), up(plannedEuLost, "orders-db"));
        assertEquals(Duration.ofMinutes(18), up(plannedEuLost, "orders"));
        // The whole-plan view rests on the total scenario: Orders DB's own time is untouched.
        assertEquals(Duration.ofMinutes(40), analyses.view().result("orders-db").orElseThrow().provenUp());
    }

    @Test
    void aFailoverSlowerThanPlannedIsOptimisticAboutTheFailover() {
        ProvenView view = analyzer.analyze(regionDrill(orders()), AS_OF);

        // 15m against a 10m failover is 50 % slower; 9m against an 8m restore is 12.5 %, shown as 13 %.
        assertEquals(List.of(
                "Orders measured 9m in the 2026-11-21 drill (eu-drill), planned 8m, 13 % slower",
                "Orders DB failed over in 15m in the 2026-11-21 drill (eu-drill), planned failover 10m, 50 % slower"),
                optimistic(view));
    }

    @Test
    void aFailoverFasterThanTheRestoreTimeIsNotComparedWithTheRestoreTime() {
        // A 12m failover is 20 % over the 10m failover time, though far under the 40m restore time.
        Plan plan = orders();
        plan = plan.withDrill(drill("eu-drill", REGION_DRILL_DAY, EU_LOST, recovered(plan, "orders-db", 12)));

        assertEquals(List.of("Orders DB failed over in 12m in the 2026-11-21 drill (eu-drill), planned failover"
                + " 10m, 20 % slower"), optimistic(analyzer.analyze(plan, AS_OF)));
    }

    @Test
    void theExplanationOfAScenarioNamesTheMeasuredFailover() {
        DrillAnalyses analyses = analyzer.analyzeAll(regionDrill(orders()), AS_OF);

        assertEquals("Orders is up at 24m proven (18m planned): Orders DB failed over in 15m in the 2026-11-21"
                + " drill → Orders measured 9m in the 2026-11-21 drill", analyses.explain(EU_LOST, "orders"));
        assertEquals("Orders is up at 49m proven (48m planned): Orders DB 40m → Orders measured 9m in the"
                + " 2026-11-21 drill", analyses.view().explain("orders"));
        assertEquals(analyses.view().explain("orders"), analyses.explain("total", "orders"));
        assertEquals("", analyses.explain("no-such-scenario", "orders"));
    }

    @Test
    void aDrillOfTheTotalScenarioStillReplacesRestoreTimes() {
        Plan plan = orders();
        plan = plan.withDrill(drill("oct", OCT_3, null, recovered(plan, "orders-db", 50)));

        DrillAnalyses analyses = analyzer.analyzeAll(plan, AS_OF);

        assertEquals(MeasuredAction.RESTORE, analyses.view().result("orders-db").orElseThrow().evidence().action());
        // Total: 50m → 58m; eu lost keeps the planned 10m failover: 10m → 18m.
        assertEquals(Duration.ofMinutes(58), up(analyses.proven().total(), "orders"));
        assertEquals(Duration.ofMinutes(18), up(analyses.proven().of(EU_LOST).orElseThrow(), "orders"));
        assertEquals(List.of("Orders DB measured 50m in the 2026-10-03 drill (oct), planned 40m, 25 % slower"),
                optimistic(analyses.view()));
    }

    @Test
    void theLatestOfEachActionIsKeptApart() {
        // October: a total drill restores Orders DB in 50m. November: the region drill fails it over in 15m.
        Plan plan = orders();
        plan = regionDrill(plan.withDrill(drill("oct", OCT_3, null, recovered(plan, "orders-db", 50))));

        DrillAnalyses analyses = analyzer.analyzeAll(plan, AS_OF);

        assertEquals(Duration.ofMinutes(50), up(analyses.proven().total(), "orders-db"));
        assertEquals(Duration.ofMinutes(15), up(analyses.proven().of(EU_LOST).orElseThrow(), "orders-db"));
        assertEquals("eu-drill", analyses.view().result("orders-db").orElseThrow().evidence().drill(),
                "the card's evidence is the latest of either action");
        assertEquals(List.of(
                "Orders DB failed over in 15m in the 2026-11-21 drill (eu-drill), planned failover 10m, 50 % slower",
                "Orders DB measured 50m in the 2026-10-03 drill (oct), planned 40m, 25 % slower",
                "Orders measured 9m in the 2026-11-21 drill (eu-drill), planned 8m, 13 % slower"),
                optimistic(analyses.view()).stream().sorted().toList());
    }

    @Test
    void aFailedFailoverThatMeasuredNothingLeavesThePlannedFailoverTime() {
        Plan plan = orders();
        plan = plan.withDrill(drill("eu-drill", REGION_DRILL_DAY, EU_LOST, new DrillResult("orders-db", null, null,
                DrillOutcome.FAILED, ClaimedRecovery.of(plan, "orders-db"), "")));

        DrillAnalyses analyses = analyzer.analyzeAll(plan, AS_OF);

        assertEquals(Duration.ofMinutes(10), up(analyses.proven().of(EU_LOST).orElseThrow(), "orders-db"));
        assertEquals(List.of("Orders DB failed to recover in the 2026-11-21 drill (eu-drill)"),
                messages(analyses.view(), DrillFindings.RULE_FAILED_IN_DRILL));
    }

    @Test
    void aChangedRestoreTimeDoesNotMakeFailoverEvidenceStaleButAChangedStrategyDoes() {
        Plan drilled = regionDrill(orders());
        Plan slowerRestores = drilled.withServices(List.of(
                service(drilled, "orders-db").toBuilder().restoreTime(Duration.ofMinutes(45)).build(),
                service(drilled, "orders").toBuilder().restoreTime(Duration.ofMinutes(10)).build()));
        Plan pilotLight = drilled.withServices(List.of(
                service(drilled, "orders-db").toBuilder().strategy(RecoveryStrategy.PILOT_LIGHT).build()));

        assertEquals(List.of("Orders's evidence from the 2026-11-21 drill (eu-drill) is stale: since then the"
                + " restore time went from 8m to 10m"), stale(slowerRestores));
        assertEquals(List.of("Orders DB's evidence from the 2026-11-21 drill (eu-drill) is stale: since then the"
                + " strategy went from warm-standby to pilot-light"), stale(pilotLight));
    }

    private List<String> stale(Plan plan) {
        return messages(analyzer.analyze(plan, AS_OF), DrillFindings.RULE_STALE_EVIDENCE);
    }

    private static List<String> optimistic(ProvenView view) {
        return messages(view, DrillFindings.RULE_OPTIMISTIC_PLAN);
    }

    private static List<String> messages(ProvenView view, String rule) {
        return view.findings().stream().filter(f -> f.rule().equals(rule)).map(Finding::message).toList();
    }

    private static Duration up(Analysis analysis, String id) {
        return analysis.result(id).map(ServiceResult::up).orElseThrow();
    }

    private static Service service(Plan plan, String id) {
        return plan.service(id).orElseThrow();
    }

    private static DrillResult recovered(Plan plan, String id, long minutes) {
        return new DrillResult(id, Duration.ofMinutes(minutes), null, DrillOutcome.RECOVERED,
                ClaimedRecovery.of(plan, id), "");
    }

    private static Drill drill(String id, LocalDate date, String scenario, DrillResult... results) {
        return new Drill(id, date, "", scenario, "", List.of(results));
    }
}
