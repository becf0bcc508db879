package com.recoveryworkbench.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
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
        return analyzer.analyze(plan);
    });

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
}
