package com.recoveryworkbench.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.analysis.ServiceState;
import com.recoveryworkbench.analysis.drill.Basis;
import com.recoveryworkbench.model.ClaimedRecovery;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.DependencyType;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class LiveAnalysisTest {
    /** Executors that run only when the test says so, to replay any interleaving of worker and FX thread. */
    private final Queue<Runnable> worker = new ArrayDeque<>();
    private final Queue<Runnable> fx = new ArrayDeque<>();
    private final List<Plan> analysed = new ArrayList<>();
    private final RecoveryAnalyzer analyzer = new RecoveryAnalyzer();
    private final LiveAnalysis live = new LiveAnalysis(worker::add, fx::add, plan -> {
        analysed.add(plan);
        return analyzer.analyzeAll(plan);
    }, () -> LocalDate.of(2026, 12, 1));

    private static Plan planWith(String... ids) {
        Plan plan = Plan.empty("Test");
        for (String id : ids) {
            plan = plan.withService(Service.builder(id, ServiceKind.APPLICATION).build());
        }
        return plan;
    }

    private static void runAll(Queue<Runnable> queue) {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    @Test
    void aBurstOfPlansIsAnalysedOnceForTheNewest() {
        Plan newest = planWith("a", "b", "c");
        live.submit(planWith("a"), 1);
        live.submit(planWith("a", "b"), 2);
        live.submit(newest, 3);
        runAll(worker);
        runAll(fx);

        assertEquals(List.of(newest), analysed);
        assertEquals(3, live.getAnalysis().results().size());
        assertFalse(live.runningProperty().get());
    }

    @Test
    void aResultOvertakenByANewerPlanIsDropped() {
        live.submit(planWith("a"), 1);
        runAll(worker);
        live.submit(planWith("a", "b"), 2);
        runAll(fx);

        assertNull(live.getAnalysis(), "the result for revision 1 arrived after revision 2 was submitted");
        assertTrue(live.runningProperty().get());

        runAll(worker);
        runAll(fx);
        assertEquals(2, live.getAnalysis().results().size());
        assertFalse(live.runningProperty().get());
    }

    @Test
    void theAnalysisNeverGoesBackToAnOlderPlan() {
        live.submit(planWith("a", "b"), 5);
        runAll(worker);
        runAll(fx);
        Analysis current = live.getAnalysis();

        live.submit(planWith("a"), 6);
        live.submit(planWith("a", "b", "c"), 7);
        runAll(worker);
        assertSame(current, live.getAnalysis(), "nothing is published until the FX thread runs");
        runAll(fx);
        assertEquals(3, live.getAnalysis().results().size());
        assertTrue(live.lastRunTimeProperty().get() != null);
    }

    /** Services a (eu-west) and b (us-east); the scenario "eu" loses eu-west. */
    private static Plan twoRegionsLosingEu() {
        return Plan.empty("Test")
                .withService(Service.builder("a", ServiceKind.APPLICATION).region("eu-west").build())
                .withService(Service.builder("b", ServiceKind.APPLICATION).region("us-east").build())
                .withScenario(Scenario.losing("eu", "eu-west lost", List.of("eu-west"), List.of()));
    }

    @Test
    void switchingTheScenarioShowsItsAnalysisWithoutAnalysingAgain() {
        live.submit(twoRegionsLosingEu(), 1);
        runAll(worker);
        runAll(fx);
        assertEquals(Scenario.TOTAL_ID, live.getAnalysis().scenario().id());

        live.scenarioIdProperty().set("eu");

        assertTrue(worker.isEmpty(), "a switch runs nothing on the worker");
        assertEquals(1, analysed.size());
        assertEquals("eu", live.getAnalysis().scenario().id());
        assertEquals(ServiceState.RESTORED, live.getAnalysis().result("a").orElseThrow().state());
        assertEquals(ServiceState.UNAFFECTED, live.getAnalysis().result("b").orElseThrow().state());
        assertSame(live.getScenarios().of("eu").orElseThrow(), live.getAnalysis());
    }

    @Test
    void aNewPlanKeepsTheCurrentScenario() {
        live.scenarioIdProperty().set("eu");
        live.submit(twoRegionsLosingEu(), 1);
        runAll(worker);
        runAll(fx);

        assertEquals("eu", live.getAnalysis().scenario().id());
    }

    @Test
    void deletingTheCurrentScenarioGoesBackToTheTotalOne() {
        live.submit(twoRegionsLosingEu(), 1);
        runAll(worker);
        runAll(fx);
        live.scenarioIdProperty().set("eu");

        live.submit(twoRegionsLosingEu().withoutScenario("eu"), 2);
        runAll(worker);
        runAll(fx);

        assertEquals(Scenario.TOTAL_ID, live.scenarioIdProperty().get());
        assertEquals(Scenario.TOTAL_ID, live.getAnalysis().scenario().id());
    }

    @Test
    void aScenarioNotAnalysedYetKeepsTheShownAnalysisUntilItsResultArrives() {
        live.submit(planWith("a"), 1);
        runAll(worker);
        runAll(fx);
        Analysis shown = live.getAnalysis();

        live.submit(twoRegionsLosingEu(), 2);
        live.scenarioIdProperty().set("eu");
        assertSame(shown, live.getAnalysis());

        runAll(worker);
        runAll(fx);
        assertEquals("eu", live.getAnalysis().scenario().id());
    }

    /** a (10m) ← b (5m); a drill measured a at 25m. */
    private static Plan drilledPlan() {
        Plan plan = planWith("a", "b")
                .withService(Service.builder("a", ServiceKind.DATABASE).restoreTime(Duration.ofMinutes(10)).build())
                .withService(Service.builder("b", ServiceKind.APPLICATION).restoreTime(Duration.ofMinutes(5)).build())
                .withDependency(new Dependency("b", "a", DependencyType.HARD));
        DrillResult measured = new DrillResult("a", Duration.ofMinutes(25), null, DrillOutcome.RECOVERED,
                ClaimedRecovery.of(plan, "a"), "");
        return plan.withDrill(new Drill("d1", LocalDate.of(2026, 10, 3), "Restore test", Drill.DEFAULT_SCENARIO, "",
                List.of(measured)));
    }

    @Test
    void theBasisSwitchShowsTheMeasuredTimesWithoutAnalysingAgain() {
        live.submit(drilledPlan(), 1);
        runAll(worker);
        runAll(fx);
        assertEquals(Duration.ofMinutes(15), live.getAnalysis().result("b").orElseThrow().up());

        live.basisProperty().set(Basis.PROVEN);

        assertEquals(Duration.ofMinutes(30), live.getAnalysis().result("b").orElseThrow().up(),
                "b waits for a's measured 25m, then takes its own 5m");
        assertSame(live.getBothBases().proven(), live.getScenarios());
        assertTrue(worker.isEmpty(), "switching the basis runs nothing");
        assertEquals(LocalDate.of(2026, 12, 1), live.getBothBases().view().asOf());
    }

    @Test
    void aPlanWhoseDrillsMeasuredNothingIsAnalysedOnce() {
        live.submit(planWith("a", "b"), 1);
        runAll(worker);
        runAll(fx);

        assertEquals(1, analysed.size());
        assertSame(live.getBothBases().planned(), live.getBothBases().proven());
    }
}
