package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.testplans.PlanBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.recoveryworkbench.analysis.AnalysisAssertions.assertStartAndUp;
import static com.recoveryworkbench.analysis.AnalysisAssertions.findings;
import static com.recoveryworkbench.analysis.AnalysisAssertions.onlyFinding;
import static com.recoveryworkbench.analysis.AnalysisAssertions.result;
import static com.recoveryworkbench.testplans.PlanBuilder.minutes;
import static com.recoveryworkbench.testplans.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnlimitedScheduleTest {

    /** Legacy DB 40m, then Auth 4m, then Checkout 8m: 52m against a 20m target. */
    static PlanBuilder retail() {
        return plan()
                .service("legacy-db", "Legacy DB", 40, b -> b.kind(ServiceKind.DATABASE).tier("tier-1")
                        .protection(DataProtection.backup(minutes(5), minutes(5))))
                .service("auth", "Auth", 4, b -> b.tier("tier-1"))
                .service("checkout", "Checkout", 8, b -> b.tier("tier-1").rtoTarget(minutes(20)))
                .hard("auth", "legacy-db")
                .hard("checkout", "auth");
    }

    @Test
    void checkoutIsUpAfterTheWholeChainOfHardDependencies() {
        Analysis analysis = retail().analyze();

        assertStartAndUp(analysis, "legacy-db", 0, 40);
        assertStartAndUp(analysis, "auth", 40, 44);
        assertStartAndUp(analysis, "checkout", 44, 52);
        assertEquals(List.of("legacy-db", "auth", "checkout"), result(analysis, "checkout").criticalPath());
        assertEquals(minutes(52), analysis.makespan());
    }

    @Test
    void rtoMissNamesTheChainThatCausesIt() {
        Analysis analysis = retail().analyze();

        Finding miss = onlyFinding(analysis, Finding.RULE_RTO_MISS);
        assertEquals(Severity.ERROR, miss.severity());
        assertEquals("Checkout is up at 52m, target 20m: Legacy DB 40m → Auth 4m → Checkout 8m", miss.message());
        assertEquals(List.of("checkout", "legacy-db", "auth"), miss.services());
        ServiceResult checkout = result(analysis, "checkout");
        assertEquals(minutes(-32), checkout.slack());
        assertEquals(false, checkout.rtoMet());
        assertEquals(Verdict.MISSED, checkout.verdict());
    }

    @Test
    void servicesWithinTheirTargetMeetIt() {
        Analysis analysis = retail().analyze();

        // Legacy DB: tier-1 target 1h, up at 40m, 20m to spare (more than a fifth of 1h).
        ServiceResult legacy = result(analysis, "legacy-db");
        assertEquals(minutes(20), legacy.slack());
        assertEquals(true, legacy.rtoMet());
        assertEquals(Verdict.MEETS, legacy.verdict());
        assertEquals(List.of("legacy-db"), legacy.criticalPath());
    }

    @Test
    void declarationDelayComesBeforeEveryRestoreAndLeadsTheChain() {
        Analysis analysis = retail().declarationDelay(minutes(10)).analyze();

        assertStartAndUp(analysis, "legacy-db", 10, 50);
        assertStartAndUp(analysis, "checkout", 54, 62);
        assertEquals("Checkout is up at 1h2m, target 20m: declaration 10m → Legacy DB 40m → Auth 4m → Checkout 8m",
                onlyFinding(analysis, Finding.RULE_RTO_MISS).message());
    }

    @Test
    void longChainKeepsItsEndsInTheMessageAndSumsUpTheMiddle() {
        PlanBuilder chain = plan();
        for (int i = 1; i <= 10; i++) {
            chain.service("s" + (char) ('a' + i), "S" + i, 5, b -> b.tier("tier-0"));
            if (i > 1) {
                chain.hard("s" + (char) ('a' + i), "s" + (char) ('a' + i - 1));
            }
        }
        Analysis analysis = chain.analyze();

        Finding last = analysis.findingsFor("sk").get(0);
        assertEquals("S10 is up at 50m, target 15m: S1 5m → S2 5m → S3 5m → (3 more steps, 15m) → S7 5m → S8 5m"
                + " → S9 5m → S10 5m", last.message());
        assertEquals(List.of("sk", "sb", "sc", "sd", "se", "sf", "sg", "sh", "si", "sj"), last.services());
        assertEquals(10, result(analysis, "sk").criticalPath().size());
        // Eight steps still fit whole.
        assertEquals("S8 is up at 40m, target 15m: S1 5m → S2 5m → S3 5m → S4 5m → S5 5m → S6 5m → S7 5m → S8 5m",
                analysis.findingsFor("si").stream().filter(f -> f.services().get(0).equals("si")).findFirst()
                        .orElseThrow().message());
    }

    @Test
    void serviceWaitsForItsSlowestHardDependency() {
        Analysis analysis = plan()
                .service("a", "A", 10).service("b", "B", 30).service("c", "C", 5)
                .hard("c", "a", "b")
                .analyze();

        assertStartAndUp(analysis, "c", 30, 35);
        assertEquals(List.of("b", "c"), result(analysis, "c").criticalPath());
    }

    @Test
    void criticalPathFollowsTheSmallestIdWhenDependenciesAreUpTogether() {
        Analysis analysis = plan()
                .service("b", "B", 10).service("a", "A", 10).service("c", "C", 5)
                .hard("c", "b", "a")
                .analyze();

        assertEquals(List.of("a", "c"), result(analysis, "c").criticalPath());
    }

    @Test
    void softDependenciesNeverDelay() {
        Analysis analysis = plan()
                .service("slow", "Slow", 30).service("app", "App", 5)
                .soft("app", "slow")
                .analyze();

        assertStartAndUp(analysis, "app", 0, 5);
        assertEquals(1, result(analysis, "app").wave());
    }

    @Test
    void waveIsOneMoreThanTheHighestWaveOfItsHardDependencies() {
        // d needs b (wave 2) and a (wave 1), so it is in wave 3; soft dependencies do not count.
        Analysis analysis = plan()
                .service("a", "A", 1).service("b", "B", 1).service("d", "D", 1).service("e", "E", 1)
                .hard("b", "a").hard("d", "a", "b").soft("e", "d")
                .analyze();

        Map<Integer, List<String>> expected = new TreeMap<>(Map.of(1, List.of("a", "e"), 2, List.of("b"),
                3, List.of("d")));
        assertEquals(expected, analysis.waves());
    }

    @Test
    void dependencyOnAServiceNotInThePlanIsReportedAndOtherwiseIgnored() {
        Analysis analysis = plan()
                .service("checkout", "Checkout", 8)
                .hard("checkout", "payments")
                .analyze();

        Finding unknown = onlyFinding(analysis, Finding.RULE_UNKNOWN_DEPENDENCY);
        assertEquals(Severity.ERROR, unknown.severity());
        assertEquals(List.of("checkout"), unknown.services());
        assertEquals("Checkout depends on 'payments', which is not in the plan; the dependency is ignored.",
                unknown.message());
        assertStartAndUp(analysis, "checkout", 0, 8);
        assertEquals(1, result(analysis, "checkout").wave());
    }

    @Test
    void missingRestoreTimeCountsAsZeroAndLeavesThatServiceIncomplete() {
        Plan plan = retail().build();
        Analysis analysis = new RecoveryAnalyzer().analyze(
                plan.withService(plan.service("auth").orElseThrow().toBuilder().restoreTime(null).build()));

        assertStartAndUp(analysis, "auth", 40, 40);
        assertStartAndUp(analysis, "checkout", 40, 48);
        assertEquals(Verdict.INCOMPLETE, result(analysis, "auth").verdict());
        // Its dependent keeps its own verdict: 48m is still past Checkout's 20m target.
        assertEquals(Verdict.MISSED, result(analysis, "checkout").verdict());
        Finding missing = onlyFinding(analysis, Finding.RULE_MISSING_RESTORE_TIME);
        assertEquals(Severity.WARNING, missing.severity());
        assertEquals(List.of("auth"), missing.services());
        assertTrue(missing.message().startsWith("Auth has no restore time."), missing.message());
        assertTrue(missing.message().contains("services that depend on it may be optimistic"), missing.message());
        // Auth's restore time can only add to the 48m: the message says so and names it.
        assertEquals("Checkout is up after at least 48m, target 20m: Legacy DB 40m → Auth (no restore time)"
                        + " → Checkout 8m; no restore time for Auth, so it can only be later",
                onlyFinding(analysis, Finding.RULE_RTO_MISS).message());
    }

    @Test
    void emptyPlanHasNoMakespanAndNoFindings() {
        Analysis analysis = plan().analyze();

        assertNull(analysis.makespan());
        assertTrue(analysis.results().isEmpty());
        assertTrue(analysis.findings().isEmpty());
        assertTrue(analysis.waves().isEmpty());
        assertEquals(new Summary(0, 0, 0, 0, 0, 0), analysis.summary());
    }

    @Test
    void resultsAreSortedByIdAndLookedUpById() {
        Analysis analysis = retail().analyze();

        assertEquals(List.of("auth", "checkout", "legacy-db"),
                analysis.results().stream().map(ServiceResult::id).toList());
        assertTrue(analysis.result("nowhere").isEmpty());
        assertTrue(findings(analysis, Finding.RULE_CYCLE).isEmpty());
    }
}
