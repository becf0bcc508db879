package com.recoveryworkbench.ui.fixfirst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.io.PlanWriter;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.SameThreadWorkbench;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/**
 * The Fix first panel's model on the retail sample, worked by hand: Checkout (8m, target 20m) is up at
 * 52m behind Legacy order DB (40m) and Auth (4m); its inventory chain (7m + 5m) gives 20m, so the Legacy
 * order DB back in 8m clears it (8m + 4m + 8m = 20m) and removes all 32m of lateness. Reporting
 * warehouse's RPO miss stays: 2 misses before, 1 after. The makespan, 2h30m, is Reporting's chain.
 */
class FixFirstModelTest {
    private static Plan retail() {
        try {
            return new PlanReader().read(Path.of("assets/samples/retail.rplan.json")).plan();
        } catch (Exception e) {
            throw new AssertionError("the retail sample must load", e);
        }
    }

    /** Runs the advice at once, on the calling thread. */
    private static FixFirstModel activeModel(WorkbenchState workbench) {
        FixFirstModel model = new FixFirstModel(workbench, Runnable::run, Runnable::run);
        model.activeProperty().set(true);
        return model;
    }

    private static String json(Plan plan) {
        return new PlanWriter().toJson(plan);
    }

    @Test
    void theFirstCandidateOnRetailClearsCheckoutAtTheExactTime() {
        FixFirstModel model = activeModel(SameThreadWorkbench.of(retail()));

        CandidateRow first = model.fixes().get(0);
        assertEquals(1, first.rank());
        assertEquals("Restore Legacy order DB in 8m (now 40m)", first.change());
        assertEquals(List.of("Legacy order DB must come back in 8m (now 40m) for Checkout to meet 20m"),
                first.requirements());
        assertEquals("clears 1 of 2 misses · 32m less lateness", first.effect());
        assertEquals("misses 2 → 1 · all up after 2h30m → 2h30m", first.beforeAfter());
        assertEquals(List.of("legacy-order-db"), first.services());
        assertFalse(first.policy());
        assertEquals("Everything lost: 2 misses, 32m late in total, all up after 2h30m", model.headerProperty().get());
        assertEquals("", model.messageProperty().get());
        assertFalse(model.workingProperty().get());
        assertTrue(model.currentProperty().get());
    }

    @Test
    void tryItIsOneUndoableEditAndUndoGivesBackThePlanByteForByte() {
        WorkbenchState workbench = SameThreadWorkbench.of(retail());
        FixFirstModel model = activeModel(workbench);
        String before = json(workbench.document().getPlan());

        assertTrue(model.tryIt(model.fixes().get(0)));

        Plan tried = workbench.document().getPlan();
        assertEquals(Duration.ofMinutes(8), tried.service("legacy-order-db").orElseThrow().restoreTime());
        var checkout = workbench.liveAnalysis().getAnalysis().result("checkout").orElseThrow();
        assertEquals(Duration.ofMinutes(20), checkout.up());
        assertNotEquals(Verdict.MISSED, checkout.verdict());
        assertEquals("Restore Legacy order DB in 8m (now 40m)", workbench.document().history().undoLabelProperty().get()
                .replaceFirst("^Undo ", ""));

        workbench.document().undo();

        assertEquals(before, json(workbench.document().getPlan()));
        assertFalse(workbench.document().history().canUndoProperty().get());
        assertFalse(workbench.document().isDirty());
    }

    @Test
    void pinningKeepsTheChangedPlanAsAWhatIfAndLeavesTheOpenPlanAlone() {
        WorkbenchState workbench = SameThreadWorkbench.of(retail());
        FixFirstModel model = activeModel(workbench);
        Plan open = workbench.document().getPlan();

        WhatIf pinned = model.pin(model.fixes().get(0));

        assertSame(open, workbench.document().getPlan());
        assertEquals(List.of(pinned), model.whatIfs());
        assertEquals("What-if 1: Restore Legacy order DB in 8m (now 40m)", pinned.name());
        assertEquals(Duration.ofMinutes(8), pinned.plan().service("legacy-order-db").orElseThrow().restoreTime());
        assertEquals(Boolean.TRUE, new RecoveryAnalyzer().analyze(pinned.plan()).result("checkout").orElseThrow()
                .rtoMet());
        model.unpin(pinned);
        assertTrue(model.whatIfs().isEmpty());
    }

    @Test
    void selectingACandidateSelectsTheServicesItTouches() {
        WorkbenchState workbench = SameThreadWorkbench.of(retail());
        FixFirstModel model = activeModel(workbench);
        CandidateRow soft = model.fixes().stream().filter(r -> r.change().startsWith("Let Auth start without"))
                .findFirst().orElseThrow();

        model.select(soft);

        assertEquals(Set.of("auth", "legacy-order-db"), workbench.selection().getServices());
        assertSame(soft, model.selectedProperty().get());
    }

    /** Minutes of lateness per minute of restore: 1 for each service on Checkout's late chain, the rest left out. */
    @Test
    void theSensitivityKeepsOnlyTheServicesOnTheLateChain() {
        FixFirstModel model = activeModel(SameThreadWorkbench.of(retail()));

        assertEquals(List.of(new SensitivityBar("auth", "Auth", 1.0), new SensitivityBar("checkout", "Checkout", 1.0),
                new SensitivityBar("legacy-order-db", "Legacy order DB", 1.0)), model.sensitivity());
    }

    /**
     * Batch (tier-1, RTO 1h) restores in 90m: restoring it in 1h clears its miss; accepting 1h30m for
     * tier-1 clears it too, but as a policy decision it comes after the fix, labelled so.
     */
    @Test
    void aRelaxedTargetIsListedAfterTheFixesAsAPolicyDecision() {
        Plan plan = Plan.empty("Batch").withServices(List.of(Service.builder("batch", ServiceKind.APPLICATION)
                .name("Batch").tier("tier-1").restoreTime(Duration.ofMinutes(90)).position(0, 0).build()));

        FixFirstModel model = activeModel(SameThreadWorkbench.of(plan));

        assertEquals(List.of("Restore Batch in 1h (now 1h30m)"), model.fixes().stream().map(CandidateRow::change).toList());
        assertEquals(1, model.policies().size());
        CandidateRow policy = model.policies().get(0);
        assertTrue(policy.policy());
        assertEquals("Policy decision: accept an RTO of 1h30m for tier-1 (now 1h)", policy.change());
        assertTrue(policy.rank() > model.fixes().get(0).rank());
    }

    @Test
    void aPlanThatMeetsEverythingSaysThereIsNothingToFix() {
        Plan plan = Plan.empty("Quick").withServices(List.of(Service.builder("web", ServiceKind.APPLICATION)
                .name("Web").tier("tier-1").restoreTime(Duration.ofMinutes(5)).position(0, 0).build()));

        FixFirstModel model = activeModel(SameThreadWorkbench.of(plan));

        assertTrue(model.fixes().isEmpty());
        assertTrue(model.policies().isEmpty());
        assertEquals("Every service meets its targets: nothing to fix.", model.messageProperty().get());
    }

    /** After Try it on retail only Reporting warehouse's RPO miss is left, which no change tried can clear. */
    @Test
    void whenOnlyDataLossMissesAreLeftItSaysSo() {
        WorkbenchState workbench = SameThreadWorkbench.of(retail());
        FixFirstModel model = activeModel(workbench);

        model.tryIt(model.fixes().get(0));

        assertTrue(model.fixes().isEmpty());
        assertEquals("Every service is back within its RTO target. The one miss left is of its RPO target: better"
                + " data protection clears it, which fix first does not try.", model.messageProperty().get());
    }

    @Test
    void aHiddenPanelComputesNothingUntilShown() {
        WorkbenchState workbench = SameThreadWorkbench.of(retail());
        FixFirstModel model = new FixFirstModel(workbench, Runnable::run, Runnable::run);

        assertTrue(model.fixes().isEmpty());
        assertEquals("Not advised yet", model.headerProperty().get());

        model.activeProperty().set(true);

        assertEquals("Restore Legacy order DB in 8m (now 40m)", model.fixes().get(0).change());
    }

    /** The worker runs only when the test says so: what a slow advice looks like to the window. */
    private static final class ManualWorker implements Executor {
        final Queue<Runnable> queued = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            queued.add(task);
        }

        void runAll() {
            while (!queued.isEmpty()) {
                queued.poll().run();
            }
        }
    }

    @Test
    void whileWorkingTheOldCandidatesCannotBeTriedAndOnlyTheNewestPlanIsShown() {
        WorkbenchState workbench = SameThreadWorkbench.of(retail());
        ManualWorker worker = new ManualWorker();
        FixFirstModel model = new FixFirstModel(workbench, worker, Runnable::run);
        model.activeProperty().set(true);
        worker.runAll();
        CandidateRow old = model.fixes().get(0);

        // Two edits in a burst: Checkout restored in 7m, then in 6m.
        for (long minutes : new long[] {7, 6}) {
            workbench.document().apply("Checkout faster", p -> p.withService(p.service("checkout").orElseThrow()
                    .toBuilder().restoreTime(Duration.ofMinutes(minutes)).build()));
        }

        assertTrue(model.workingProperty().get());
        assertFalse(model.currentProperty().get());
        assertFalse(model.tryIt(old), "measured on the plan before the edits");
        assertEquals(1, worker.queued.size(), "the burst waits as one run");
        worker.runAll();
        assertFalse(model.workingProperty().get());
        assertTrue(model.currentProperty().get());
        // 52m - 2m: Checkout is up at 50m, 30m late.
        assertEquals("Everything lost: 2 misses, 30m late in total, all up after 2h30m", model.headerProperty().get());
        assertEquals("Restore Legacy order DB in 10m (now 40m)", model.fixes().get(0).change());
    }

    @Test
    void allScenariosAdvisesOverEveryScenarioOfThePlan() {
        Plan plan = retail().withScenario(Scenario.losing("legacy-lost", "Legacy DB lost", List.of(),
                List.of("legacy-order-db")));
        FixFirstModel model = activeModel(SameThreadWorkbench.of(plan));

        model.allScenariosProperty().set(true);

        // Losing only the legacy DB, Auth and Checkout wait for it and come back with it (waiting adds
        // no restore time): Checkout is up at 40m, 20m late, a third miss. Total lateness 32m + 20m = 52m;
        // the Legacy order DB back in 8m clears Checkout in both scenarios.
        assertEquals("All 2 scenarios: 3 misses, 52m late in total, all up after 2h30m", model.headerProperty().get());
        assertEquals("Restore Legacy order DB in 8m (now 40m)", model.fixes().get(0).change());
        assertEquals("clears 2 of 3 misses · 52m less lateness", model.fixes().get(0).effect());
    }
}
