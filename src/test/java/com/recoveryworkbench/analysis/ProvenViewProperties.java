package com.recoveryworkbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.recoveryworkbench.analysis.drill.DrillAnalyses;
import com.recoveryworkbench.analysis.drill.DrillFindings;
import com.recoveryworkbench.analysis.drill.ProvenAnalyzer;
import com.recoveryworkbench.analysis.drill.ProvenResult;
import com.recoveryworkbench.analysis.drill.ProvenView;
import com.recoveryworkbench.model.ClaimedRecovery;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.testplans.RandomPlanArbitraries;
import com.recoveryworkbench.testplans.RandomScenarioArbitraries;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The proven view agrees with the plan wherever the drills have nothing new to say. */
class ProvenViewProperties {
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    private final ProvenAnalyzer analyzer = new ProvenAnalyzer();

    @Provide
    Arbitrary<Plan> plans() {
        return RandomPlanArbitraries.plans(true);
    }

    @Property(tries = 200)
    void withoutDrillsProvenEqualsPlanned(@ForAll("plans") Plan plan) {
        ProvenView view = analyzer.analyze(plan, AS_OF);

        assertEquals(view.planned().results(), view.proven().results());
        assertEquals(view.planned().findings(), view.proven().findings());
        for (ProvenResult result : view.results()) {
            assertEquals(result.plannedUp(), result.provenUp(), result.id());
            assertNull(result.evidence(), result.id());
        }
    }

    @Property(tries = 200)
    void aMeasurementEqualToThePlannedTimeChangesNothing(@ForAll("plans") Plan plan, @ForAll long seed) {
        Random pick = new Random(seed);
        List<DrillResult> asPlanned = plan.services().stream()
                .filter(s -> s.restoreTime() != null && !s.restoreTime().isZero() && pick.nextBoolean())
                .map(s -> measuredAsPlanned(plan, s)).toList();
        Plan drilled = plan.withDrill(new Drill("as-planned", AS_OF.minusDays(1), "", null, "", asPlanned));

        ProvenView before = analyzer.analyze(plan, AS_OF);
        ProvenView after = analyzer.analyze(drilled, AS_OF);

        assertEquals(before.proven().results(), after.proven().results());
        assertEquals(before.proven().findings(), after.proven().findings());
        assertEquals(before.results().stream().map(ProvenResult::provenUp).toList(),
                after.results().stream().map(ProvenResult::provenUp).toList());
    }

    @Provide
    Arbitrary<Plan> plansWithScenarios() {
        return RandomScenarioArbitraries.plans(true, false, true);
    }

    /**
     * A drill of any scenario that measures each service's action in it (a failover where the
     * scenario's analysis fails it over, a restore elsewhere) exactly as planned changes no proven
     * analysis of any scenario and finds no optimistic plan.
     */
    @Property(tries = 200)
    void aDrillOfAScenarioMeasuringEveryActionAsPlannedChangesNothing(@ForAll("plansWithScenarios") Plan plan,
                                                                       @ForAll long seed) {
        Random pick = new Random(seed);
        Scenario scenario = plan.scenarios().get(pick.nextInt(plan.scenarios().size()));
        DrillAnalyses before = analyzer.analyzeAll(plan, AS_OF);
        Analysis planned = before.planned().of(scenario.id()).orElseThrow();
        List<DrillResult> asPlanned = new ArrayList<>();
        for (Service service : plan.services()) {
            boolean failsOver = planned.result(service.id()).orElseThrow().state() == ServiceState.FAILED_OVER;
            Duration time = failsOver ? service.failoverTime() : service.restoreTime();
            if (time != null && !time.isZero() && pick.nextBoolean()) {
                asPlanned.add(new DrillResult(service.id(), time, null, DrillOutcome.RECOVERED,
                        ClaimedRecovery.of(plan, service.id()), ""));
            }
        }
        Plan drilled = plan.withDrill(new Drill("as-planned", AS_OF.minusDays(1), "", scenario.id(), "", asPlanned));

        DrillAnalyses after = analyzer.analyzeAll(drilled, AS_OF);

        for (int i = 0; i < before.proven().all().size(); i++) {
            Analysis was = before.proven().all().get(i);
            Analysis is = after.proven().all().get(i);
            assertEquals(was.results(), is.results(), is.scenario().id());
            assertEquals(was.findings(), is.findings(), is.scenario().id());
        }
        assertEquals(List.of(), after.view().findings().stream()
                .filter(f -> f.rule().equals(DrillFindings.RULE_OPTIMISTIC_PLAN)).toList());
    }

    private static DrillResult measuredAsPlanned(Plan plan, Service service) {
        return new DrillResult(service.id(), service.restoreTime(), null, DrillOutcome.RECOVERED,
                ClaimedRecovery.of(plan, service.id()), "");
    }
}
