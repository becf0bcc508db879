package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.testplans.PlanBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.recoveryworkbench.analysis.AnalysisAssertions.assertStartAndUp;
import static com.recoveryworkbench.analysis.AnalysisAssertions.findings;
import static com.recoveryworkbench.analysis.AnalysisAssertions.result;
import static com.recoveryworkbench.analysis.AnalysisAssertions.stateAndUp;
import static com.recoveryworkbench.testplans.PlanBuilder.losingRegions;
import static com.recoveryworkbench.testplans.PlanBuilder.minutes;
import static com.recoveryworkbench.testplans.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rules 3 to 5: what is down besides the hit services, how the down services are scheduled, and what
 * an unaffected service looks like. Every test loses region eu.
 */
class ScenarioScheduleTest {

    /**
     * DB (eu, 40m) ← Auth (us, 5m) ← Checkout (us, 8m), Checkout soft → Search (eu, 10m);
     * Reporting (us, 20m) only soft-depends on DB. Declaration delay 10m.
     */
    private static Analysis shop() {
        return plan()
                .service("db", "DB", 40, b -> b.region("eu"))
                .service("auth", "Auth", 5, b -> b.region("us"))
                .service("checkout", "Checkout", 8, b -> b.region("us"))
                .service("search", "Search", 10, b -> b.region("eu"))
                .service("reporting", "Reporting", 20, b -> b.region("us"))
                .hard("auth", "db").hard("checkout", "auth").soft("checkout", "search").soft("reporting", "db")
                .declarationDelay(minutes(10))
                .analyze(losingRegions("eu"));
    }

    @Test
    void aServiceWaitsWithoutAnActionOfItsOwnForWhatItHardDependsOn() {
        Analysis analysis = shop();

        // db: 10 + 40 = 50; auth and checkout are intact, so they are up the moment db is.
        assertEquals("restored 50", stateAndUp(analysis, "db"));
        assertEquals("waiting 50", stateAndUp(analysis, "auth"));
        assertEquals("waiting 50", stateAndUp(analysis, "checkout"));
        assertStartAndUp(analysis, "checkout", 50, 50);
        assertEquals(List.of("db", "auth", "checkout"), result(analysis, "checkout").criticalPath());
    }

    @Test
    void softDependenciesNeverTakeAServiceDown() {
        Analysis analysis = shop();

        ServiceResult reporting = result(analysis, "reporting");
        assertEquals(ServiceState.UNAFFECTED, reporting.state());
        assertEquals(Verdict.UNAFFECTED, reporting.verdict());
    }

    @Test
    void wavesAndTheMakespanCountOnlyTheServicesThatAreDown() {
        Analysis analysis = shop();

        assertEquals(Map.of(1, List.of("db", "search"), 2, List.of("auth"), 3, List.of("checkout")),
                analysis.waves());
        assertEquals(minutes(50), analysis.makespan());
    }

    @Test
    void anUnaffectedServiceIsUpAtZeroInNoWaveAndMeetsItsTargets() {
        ServiceResult reporting = result(shop(), "reporting");

        assertNull(reporting.wave());
        assertNull(reporting.start());
        assertEquals(Duration.ZERO, reporting.up());
        assertEquals(Duration.ofHours(4), reporting.slack());
        assertEquals(Boolean.TRUE, reporting.rtoMet());
        assertEquals(List.of(), reporting.criticalPath());
        assertEquals(5, shop().summary().compliant());
    }

    @Test
    void aHitServiceDoesNotWaitForAnUnaffectedDependency() {
        Analysis analysis = plan()
                .service("front", "Front", 5, b -> b.region("eu"))
                .service("stable", "Stable", 30, b -> b.region("us"))
                .hard("front", "stable")
                .declarationDelay(minutes(10))
                .analyze(losingRegions("eu"));

        assertStartAndUp(analysis, "front", 10, 15);
        assertEquals(1, result(analysis, "front").wave());
        assertEquals(List.of("front"), result(analysis, "front").criticalPath());
    }

    @Test
    void aScenarioOwnDeclarationDelayReplacesThePlans() {
        Analysis analysis = plan()
                .service("db", "DB", 40, b -> b.region("eu"))
                .declarationDelay(minutes(10))
                .analyze(losingRegions("eu").withDeclarationDelay(Duration.ofHours(2)));

        assertStartAndUp(analysis, "db", 120, 160);
    }

    @Test
    void failoversTakeARestoreSlotAndWaitingServicesDoNot() {
        // One slot. Queue's failover (30m) has the longer chain, so it goes first: 0-30; then DB 30-40.
        // Web only waits for DB: up at 40 although Queue held the slot it would otherwise have needed.
        Analysis analysis = plan()
                .service("db", "DB", 10, b -> b.region("eu"))
                .service("queue", "Queue", 60, b -> b.region("eu").strategy(RecoveryStrategy.PILOT_LIGHT)
                        .standbyRegion("us").failoverTime(minutes(30)))
                .service("web", "Web", 5, b -> b.region("us"))
                .hard("web", "db")
                .capacity(1)
                .analyze(losingRegions("eu"));

        assertStartAndUp(analysis, "queue", 0, 30);
        assertStartAndUp(analysis, "db", 30, 40);
        assertStartAndUp(analysis, "web", 40, 40);
    }

    @Test
    void aCycleOfUnaffectedServicesBlocksNothing() {
        PlanBuilder plan = plan()
                .service("x", "X", 5, b -> b.region("eu"))
                .service("y", "Y", 5, b -> b.region("us"))
                .service("z", "Z", 5, b -> b.region("us"))
                .hard("x", "y").hard("y", "z").hard("z", "y");

        Analysis euLost = plan.analyze(losingRegions("eu"));
        assertEquals("restored 5", stateAndUp(euLost, "x"));
        assertEquals(List.of(), euLost.cycles());
        assertTrue(findings(euLost, Finding.RULE_CYCLE).isEmpty());

        Analysis usLost = plan.analyze(losingRegions("us"));
        assertEquals(Verdict.BLOCKED, result(usLost, "x").verdict());
        assertEquals(ServiceState.WAITING, result(usLost, "x").state());
        assertEquals(List.of(List.of("y", "z")), usLost.cycles());
        assertEquals(List.of("y", "z", "x"), AnalysisAssertions.onlyFinding(usLost, Finding.RULE_CYCLE).services());
    }
}
