package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import com.recoveryworkbench.testplans.PlanBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.recoveryworkbench.analysis.AnalysisAssertions.assertStartAndUp;
import static com.recoveryworkbench.analysis.AnalysisAssertions.findings;
import static com.recoveryworkbench.analysis.AnalysisAssertions.onlyFinding;
import static com.recoveryworkbench.analysis.AnalysisAssertions.result;
import static com.recoveryworkbench.testplans.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CycleTest {

    private static PlanBuilder authCycle() {
        return plan()
                .service("auth", "Auth", 4).service("session-store", "Session store", 6)
                .service("checkout", "Checkout", 8).service("storefront", "Storefront", 5)
                .service("catalog", "Catalog", 10).service("search", "Search", 3)
                .hard("auth", "session-store").hard("session-store", "auth")
                .hard("checkout", "auth").hard("storefront", "checkout")
                .soft("search", "auth").hard("search", "catalog");
    }

    @Test
    void cycleBlocksItsMembersAndEverythingThatHardDependsOnIt() {
        Analysis analysis = authCycle().analyze();

        Finding cycle = onlyFinding(analysis, Finding.RULE_CYCLE);
        assertEquals(Severity.ERROR, cycle.severity());
        assertEquals(List.of("auth", "session-store", "checkout", "storefront"), cycle.services());
        assertEquals("Cycle: Auth → Session store → Auth. These services cannot be restored as drawn; also blocked"
                + " because they depend on it: Checkout, Storefront.", cycle.message());
        assertEquals(List.of(List.of("auth", "session-store")), analysis.cycles());
        for (String blocked : List.of("auth", "session-store", "checkout", "storefront")) {
            ServiceResult r = result(analysis, blocked);
            assertEquals(Verdict.BLOCKED, r.verdict(), blocked);
            assertNull(r.wave(), blocked);
            assertNull(r.start(), blocked);
            assertNull(r.up(), blocked);
            assertNull(r.slack(), blocked);
            assertNull(r.rtoMet(), blocked);
            assertTrue(r.criticalPath().isEmpty(), blocked);
            assertEquals(List.of(cycle), analysis.findingsFor(blocked));
        }
    }

    @Test
    void restOfThePlanIsStillAnalysedAndSoftDependenciesOnACycleDoNotBlock() {
        Analysis analysis = authCycle().analyze();

        assertStartAndUp(analysis, "catalog", 0, 10);
        assertStartAndUp(analysis, "search", 10, 13);
        assertEquals(Map.of(1, List.of("catalog"), 2, List.of("search")), analysis.waves());
        assertEquals(Duration.ofMinutes(13), analysis.makespan());
        assertEquals(Verdict.MEETS, result(analysis, "search").verdict());
    }

    @Test
    void loopInTheMessageFollowsTheDependencyDirection() {
        Analysis forward = plan().service("a", "A", 1).service("b", "B", 1).service("c", "C", 1)
                .hard("a", "b").hard("b", "c").hard("c", "a").analyze();
        Analysis backward = plan().service("a", "A", 1).service("b", "B", 1).service("c", "C", 1)
                .hard("a", "c").hard("c", "b").hard("b", "a").analyze();

        assertEquals("Cycle: A → B → C → A. These services cannot be restored as drawn.",
                onlyFinding(forward, Finding.RULE_CYCLE).message());
        assertEquals("Cycle: A → C → B → A. These services cannot be restored as drawn.",
                onlyFinding(backward, Finding.RULE_CYCLE).message());
        assertEquals(List.of(List.of("a", "b", "c")), backward.cycles());
    }

    @Test
    void serviceThatHardDependsOnItselfIsACycle() {
        Analysis analysis = plan().service("auth", "Auth", 4).service("app", "App", 1)
                .hard("auth", "auth").hard("app", "auth").analyze();

        Finding cycle = onlyFinding(analysis, Finding.RULE_CYCLE);
        assertEquals("Cycle: Auth → Auth. This service cannot be restored as drawn; also blocked because they depend"
                + " on it: App.", cycle.message());
        assertEquals(List.of("auth", "app"), cycle.services());
        assertEquals(List.of(List.of("auth")), analysis.cycles());
    }

    @Test
    void softSelfDependencyIsNoCycle() {
        Analysis analysis = plan().service("auth", "Auth", 4).soft("auth", "auth").analyze();

        assertTrue(analysis.cycles().isEmpty());
        assertStartAndUp(analysis, "auth", 0, 4);
    }

    @Test
    void membersOutsideTheShortestLoopAreStillNamed() {
        // a ⇄ b ⇄ c is one strongly connected component; the shortest loop through a is a → b → a.
        Analysis analysis = plan().service("a", "A", 1).service("b", "B", 1).service("c", "C", 1)
                .hard("a", "b").hard("b", "a").hard("b", "c").hard("c", "b").analyze();

        Finding cycle = onlyFinding(analysis, Finding.RULE_CYCLE);
        assertEquals("Cycle: A → B → A (also caught in it: C). These services cannot be restored as drawn.",
                cycle.message());
        assertEquals(List.of("a", "b", "c"), cycle.services());
    }

    @Test
    void serviceDependingOnTwoCyclesIsNamedByBoth() {
        Analysis analysis = plan()
                .service("x1", "X1", 1).service("x2", "X2", 1).service("a1", "A1", 1).service("a2", "A2", 1)
                .service("both", "Both", 1)
                .hard("x1", "x2").hard("x2", "x1").hard("a1", "a2").hard("a2", "a1").hard("both", "a1", "x2")
                .analyze();

        List<Finding> cycles = findings(analysis, Finding.RULE_CYCLE);
        assertEquals(List.of(List.of("a1", "a2", "both"), List.of("x1", "x2", "both")),
                cycles.stream().map(Finding::services).toList());
        assertEquals(List.of(List.of("a1", "a2"), List.of("x1", "x2")), analysis.cycles());
        assertEquals(cycles, analysis.findingsFor("both"));
    }

    @Test
    void longCycleIsFoundWithoutExhaustingTheStack() {
        int n = 20_000;
        List<Service> services = new ArrayList<>();
        List<Dependency> dependencies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            services.add(Service.builder(String.format("s%05d", i), ServiceKind.APPLICATION)
                    .restoreTime(Duration.ofMinutes(1)).build());
            dependencies.add(Dependency.hard(String.format("s%05d", i), String.format("s%05d", (i + 1) % n)));
        }
        Plan plan = new Plan("ring", "", Settings.DEFAULT, TierPolicy.defaults(), services, dependencies);

        Analysis analysis = new RecoveryAnalyzer().analyze(plan);

        assertEquals(1, analysis.cycles().size());
        assertEquals(n, analysis.cycles().get(0).size());
        assertTrue(analysis.waves().isEmpty());
    }
}
