package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.testplans.RandomScenarioArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scenario rules on random plans (docs/recovery-rules.md). */
class ScenarioProperties {
    private final RecoveryAnalyzer analyzer = new RecoveryAnalyzer();

    @Provide
    Arbitrary<Plan> anyPlan() {
        return RandomScenarioArbitraries.plans(true, false, true);
    }

    @Provide
    Arbitrary<Plan> quickFailovers() {
        return RandomScenarioArbitraries.plans(true, true, false)
                .map(plan -> plan.withSettings(plan.settings().withRestoreCapacity(0)));
    }

    @Property
    void theTotalScenarioIsThePlansAnalysisWithoutStrategiesStandbysOrScenarios(@ForAll("anyPlan") Plan plan) {
        List<Service> bare = plan.services().stream().map(s -> s.toBuilder().strategy(null).standbyRegion("")
                .failoverTime(null).build()).toList();
        Plan withoutResilience = new Plan(plan.name(), plan.description(), plan.settings(), plan.tiers(), bare,
                plan.dependencies());

        Analysis total = analyzer.analyze(plan);
        assertSameAnalysis(analyzer.analyze(withoutResilience), total, Scenario.TOTAL_ID);
        assertSameAnalysis(total, analyzer.analyzeAll(plan).total(), Scenario.TOTAL_ID);
        assertTrue(total.results().stream().allMatch(r -> r.state() == ServiceState.RESTORED));
    }

    @Property
    void aScenarioLosingEveryRegionAndServiceByNameIsTheTotalOne(@ForAll("anyPlan") Plan plan) {
        Scenario everything = Scenario.losing("everything", "Everything by name", RandomScenarioArbitraries.REGIONS,
                plan.services().stream().map(Service::id).toList());

        assertSameAnalysis(analyzer.analyze(plan), analyzer.analyze(plan, everything), "everything");
    }

    @Property
    void withUnlimitedCapacityAndQuickFailoversNothingComesBackLaterThanInTotal(
            @ForAll("quickFailovers") Plan plan) {
        ScenarioAnalyses all = analyzer.analyzeAll(plan);
        for (Analysis scenario : all.all()) {
            for (ServiceResult inTotal : all.total().results()) {
                ServiceResult r = scenario.result(inTotal.id()).orElseThrow();
                if (inTotal.isScheduled()) {
                    assertNotNull(r.up(), r.id() + " blocked in " + scenario.scenario().id() + " only");
                    assertTrue(r.up().compareTo(inTotal.up()) <= 0,
                            r.id() + " later in " + scenario.scenario().id() + ": " + r.up() + " > " + inTotal.up());
                }
            }
        }
    }

    @Property
    void unaffectedServicesLoseNoHardDependencyAndWaitingOnesWaitForOne(@ForAll("anyPlan") Plan plan) {
        for (Analysis analysis : analyzer.analyzeAll(plan).all()) {
            Scenario scenario = analysis.scenario();
            for (Service s : plan.services()) {
                ServiceResult r = analysis.result(s.id()).orElseThrow();
                boolean aDependencyIsDown = plan.dependenciesOf(s.id()).stream()
                        .filter(d -> d.isHard() && plan.hasService(d.to()))
                        .anyMatch(d -> analysis.result(d.to()).orElseThrow().isDown());
                switch (r.state()) {
                    case UNAFFECTED -> {
                        assertTrue(!aDependencyIsDown, s.id() + " unaffected with a lost dependency in " + scenario.id());
                        assertTrue(!scenario.hits(s) || carriesOn(s, scenario), s.id() + " hit in " + scenario.id());
                        assertEquals(Verdict.UNAFFECTED, r.verdict());
                    }
                    case WAITING -> assertTrue(aDependencyIsDown, s.id() + " waits for nothing in " + scenario.id());
                    case RESTORED, FAILED_OVER -> assertTrue(scenario.hits(s), s.id() + " acts unhit in " + scenario.id());
                }
            }
        }
    }

    private static boolean carriesOn(Service s, Scenario scenario) {
        return s.strategy() == RecoveryStrategy.ACTIVE_ACTIVE && !s.standbyRegion().isEmpty()
                && !scenario.losesRegion(s.standbyRegion()) && !scenario.dataCorruption();
    }

    @Property
    void restoresAndFailoversNeverExceedTheCapacity(@ForAll("anyPlan") Plan plan) {
        int capacity = plan.settings().restoreCapacity();
        if (capacity == 0) {
            return;
        }
        for (Analysis analysis : analyzer.analyzeAll(plan).all()) {
            List<ServiceResult> busy = new ArrayList<>();
            for (ServiceResult r : analysis.results()) {
                if ((r.state() == ServiceState.RESTORED || r.state() == ServiceState.FAILED_OVER) && r.isScheduled()
                        && r.up().compareTo(r.start()) > 0) {
                    busy.add(r);
                }
            }
            for (ServiceResult at : busy) {
                Duration t = at.start();
                long running = busy.stream().filter(r -> r.start().compareTo(t) <= 0 && r.up().compareTo(t) > 0)
                        .count();
                assertTrue(running <= capacity, running + " at once at " + t + " in " + analysis.scenario().id());
            }
        }
    }

    /** Equal results, cycles, waves and summary, and the same findings but for the scenario they name. */
    private static void assertSameAnalysis(Analysis expected, Analysis actual, String scenarioId) {
        assertEquals(expected.results(), actual.results());
        assertEquals(expected.findings().stream().map(f -> f.inScenario(scenarioId)).toList(), actual.findings());
        assertEquals(expected.cycles(), actual.cycles());
        assertEquals(expected.waves(), actual.waves());
        assertEquals(expected.makespan(), actual.makespan());
        assertEquals(expected.summary(), actual.summary());
    }
}
