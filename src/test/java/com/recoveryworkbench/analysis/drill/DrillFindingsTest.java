package com.recoveryworkbench.analysis.drill;

import static com.recoveryworkbench.analysis.drill.DrillPlans.OCT_3;
import static com.recoveryworkbench.analysis.drill.DrillPlans.allRecovered;
import static com.recoveryworkbench.analysis.drill.DrillPlans.chain;
import static com.recoveryworkbench.analysis.drill.DrillPlans.drill;
import static com.recoveryworkbench.analysis.drill.DrillPlans.recovered;
import static com.recoveryworkbench.analysis.drill.DrillPlans.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.Severity;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.TierPolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrillFindingsTest {
    private final ProvenAnalyzer analyzer = new ProvenAnalyzer();

    private List<Finding> findings(Plan plan, LocalDate asOf, String rule) {
        return analyzer.analyze(plan, asOf).findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** Every service drilled as planned on Oct 3, so only the rule under test has something to say. */
    private static Plan drilled() {
        return chain().withDrill(allRecovered(chain(), "baseline", OCT_3));
    }

    @Test
    void aMeasuredTimeMoreThanTenPercentAboveThePlanIsOptimistic() {
        Plan plan = drilled();
        plan = plan.withDrill(drill("oct", OCT_3.plusDays(1), recovered(plan, "legacy-order-db", 55)));

        List<Finding> optimistic = findings(plan, OCT_3.plusDays(2), DrillFindings.RULE_OPTIMISTIC_PLAN);

        assertEquals(1, optimistic.size());
        assertEquals(Severity.WARNING, optimistic.get(0).severity());
        assertEquals(List.of("legacy-order-db"), optimistic.get(0).services());
        // (55 - 40) / 40 = 37.5 %, shown as 38 %.
        assertEquals("Legacy order DB measured 55m in the 2026-10-04 drill (oct), planned 40m, 38 % slower",
                optimistic.get(0).message());
    }

    @Test
    void exactlyTenPercentSlowerIsStillWithinTheTolerance() {
        assertFalse(DrillFindings.slowerThanPlanned(Duration.ofMinutes(44), Duration.ofMinutes(40)));
        assertTrue(DrillFindings.slowerThanPlanned(Duration.ofMinutes(44).plusSeconds(1), Duration.ofMinutes(40)));
        assertFalse(DrillFindings.slowerThanPlanned(Duration.ofMinutes(30), Duration.ofMinutes(40)));
    }

    @Test
    void aServiceThatFailedInItsLatestDrillIsAnError() {
        Plan plan = drilled();
        plan = plan.withDrill(drill("oct", OCT_3.plusDays(1), result(plan, "checkout", Duration.ofMinutes(20),
                DrillOutcome.FAILED)));

        List<Finding> failed = findings(plan, OCT_3.plusDays(2), DrillFindings.RULE_FAILED_IN_DRILL);

        assertEquals(1, failed.size());
        assertEquals(Severity.ERROR, failed.get(0).severity());
        assertEquals("Checkout failed to recover after 20m in the 2026-10-04 drill (oct)", failed.get(0).message());
    }

    @Test
    void aFailureFixedInALaterDrillIsNoLongerReported() {
        Plan plan = chain();
        plan = plan.withDrill(drill("first", OCT_3, result(plan, "checkout", null, DrillOutcome.FAILED)))
                .withDrill(allRecovered(plan, "after-fix", OCT_3.plusDays(14)));

        assertTrue(findings(plan, OCT_3.plusDays(15), DrillFindings.RULE_FAILED_IN_DRILL).isEmpty());
    }

    @Test
    void aServiceOfATierWithACadenceThatNoDrillCoveredWasNeverDrilled() {
        Plan plan = chain();
        plan = plan.withDrill(drill("oct", OCT_3, recovered(plan, "auth", 4), recovered(plan, "checkout", 8)));

        List<Finding> never = findings(plan, OCT_3, DrillFindings.RULE_NEVER_DRILLED);

        assertEquals(1, never.size());
        assertEquals("Legacy order DB (tier-1) has never been drilled; its tier asks for a drill every 90 days",
                never.get(0).message());
    }

    @Test
    void aTierWithoutACadenceAsksForNoDrills() {
        Plan plan = chain().withTiers(List.of(new TierPolicy("gold", "Gold", Duration.ofHours(1),
                Duration.ofMinutes(15), null, "#ef8a62")));
        plan = plan.withServices(plan.services().stream().map(s -> s.toBuilder().tier("gold").build()).toList());

        assertTrue(findings(plan, OCT_3, DrillFindings.RULE_NEVER_DRILLED).isEmpty());
        assertTrue(analyzer.analyze(plan, OCT_3).cadence().statuses().isEmpty());
    }

    @Test
    void aDefaultTierWithoutItsCadenceInTheFileGetsTheDefaultCadence() {
        Plan plan = chain().withTiers(TierPolicy.defaults().stream().map(t -> t.withDrillCadence(null)).toList());

        CadenceStatus db = analyzer.analyze(plan, OCT_3).cadence().statuses().get(2);

        assertEquals("legacy-order-db", db.service());
        assertEquals(Duration.ofDays(90), db.cadence());
    }

    @Test
    void evidenceOlderThanTheCadenceIsOverdueFromTheDayAfterItsLastDay() {
        Plan plan = chain().withTiers(TierPolicy.defaults().stream()
                .map(t -> t.withDrillCadence(Duration.ofDays(30))).toList());
        plan = plan.withDrill(allRecovered(plan, "jan", LocalDate.of(2024, 1, 31)));

        assertTrue(findings(plan, LocalDate.of(2024, 3, 1), DrillFindings.RULE_DRILL_OVERDUE).isEmpty());
        List<Finding> overdue = findings(plan, LocalDate.of(2024, 3, 2), DrillFindings.RULE_DRILL_OVERDUE);

        assertEquals(List.of("auth", "checkout", "legacy-order-db"),
                overdue.stream().map(f -> f.services().get(0)).toList());
        assertEquals("Auth (tier-1) last recovered in the 2024-01-31 drill (jan); a drill every 30 days was due by"
                + " 2024-03-01, 2024-03-02 is past it", overdue.get(0).message());
    }

    @Test
    void onlyARecoveredDrillKeepsTheEvidenceCurrent() {
        Plan plan = chain();
        plan = plan.withDrill(allRecovered(plan, "spring", LocalDate.of(2026, 4, 1)))
                .withDrill(drill("oct", OCT_3, result(plan, "auth", Duration.ofMinutes(4), DrillOutcome.PARTIAL)));

        // Spring's evidence ran out on 2026-06-30; the partial October drill does not renew it.
        List<Finding> overdue = findings(plan, OCT_3, DrillFindings.RULE_DRILL_OVERDUE);

        assertEquals(3, overdue.size());
        assertTrue(overdue.get(0).message().contains("was due by 2026-06-30"), overdue.get(0).message());
    }

    @Test
    void aServiceThatNeverRecoveredInADrillIsOverdueNotNeverDrilled() {
        Plan plan = chain();
        plan = plan.withDrill(drill("nov", OCT_3.plusDays(30), result(plan, "checkout", null, DrillOutcome.FAILED)));

        List<Finding> overdue = findings(plan, OCT_3.plusDays(31), DrillFindings.RULE_DRILL_OVERDUE);

        assertEquals(1, overdue.size());
        assertEquals("Checkout (tier-1) has not recovered in any drill; its tier asks for a passing drill every"
                + " 90 days", overdue.get(0).message());
    }

    @Test
    void aChangedRestoreTimeStrategyOrDependencyMakesTheEvidenceStale() {
        Plan plan = drilled();
        plan = plan.withService(plan.service("checkout").orElseThrow().toBuilder()
                        .restoreTime(Duration.ofMinutes(10)).strategy(RecoveryStrategy.WARM_STANDBY).build())
                .withoutDependencies(List.of(Dependency.hard("checkout", "auth")))
                .withDependency(Dependency.hard("checkout", "session-cache"));

        List<Finding> stale = findings(plan, OCT_3, DrillFindings.RULE_STALE_EVIDENCE);

        assertEquals(1, stale.size());
        assertEquals("Checkout's evidence from the 2026-10-03 drill (baseline) is stale: since then the restore time"
                + " went from 8m to 10m; the strategy went from none to warm-standby; its hard dependencies changed"
                + " (added session-cache; removed auth)", stale.get(0).message());
    }

    @Test
    void evidenceThatFitsThePlanRaisesNoFinding() {
        assertTrue(analyzer.analyze(drilled(), OCT_3).findings().isEmpty());
        assertTrue(analyzer.analyze(drilled(), OCT_3).cadence().passes());
    }

    @Test
    void errorsComeBeforeWarnings() {
        Plan plan = chain();
        plan = plan.withDrill(drill("oct", OCT_3, result(plan, "checkout", null, DrillOutcome.FAILED)));

        List<Finding> all = analyzer.analyze(plan, OCT_3).findings();

        assertEquals(DrillFindings.RULE_FAILED_IN_DRILL, all.get(0).rule());
        assertEquals(Severity.WARNING, all.get(all.size() - 1).severity());
    }
}
