package com.recoveryworkbench.analysis.advice;

import static com.recoveryworkbench.analysis.advice.AdvicePlans.minutes;
import static com.recoveryworkbench.analysis.advice.AdvicePlans.plan;
import static com.recoveryworkbench.analysis.advice.AdvicePlans.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Settings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

class AdvisorTest {
    private final Advisor advisor = new Advisor();

    private Advice advise(Plan plan) {
        return advisor.advise(plan, List.of(plan.totalScenario()));
    }

    private static Analysis analyze(Plan plan) {
        return new RecoveryAnalyzer().analyze(plan);
    }

    /**
     * The retail sample as shipped: Checkout (8m, target 20m) hard-depends on Legacy order DB (40m) through
     * Auth (4m) and on Inventory service (5m), which waits for Inventory database (7m) and Order event
     * queue (6m): Inventory is up at 7m + 5m = 12m, so Checkout is up at max(legacy + 4m, 12m, …) + 8m,
     * 52m now. It meets 20m exactly when legacy + 4m + 8m ≤ 20m, that is legacy ≤ 8m = 480 s; at 481 s
     * it is up at 20m1s and misses. Clearing it removes all 32m of lateness; Reporting warehouse's RPO miss
     * stays (2 misses before, 1 after).
     */
    @Test
    void firstCandidateOnRetailClearsCheckoutAndNamesTheExactRequiredTime() {
        Plan plan = AdvicePlans.retail();

        Candidate first = advise(plan).candidates().get(0);

        assertEquals(new PlanChange.RestoreTime("legacy-order-db", minutes(40), Duration.ofSeconds(480)),
                first.change());
        assertEquals("Restore Legacy order DB in 8m (now 40m)", first.change().describe(plan));
        assertEquals(List.of(new Requirement("legacy-order-db", minutes(8), "checkout", minutes(20), "total", true,
                Duration.ofMinutes(20))), first.requirements());
        assertEquals(2, first.before().misses());
        assertEquals(1, first.missesCleared());
        assertEquals(32 * 60, first.latenessRemovedSeconds());
        Analysis after = analyze(first.change().applyTo(plan));
        assertEquals(Duration.ofMinutes(20), after.result("checkout").orElseThrow().up());
        assertEquals(Verdict.AT_RISK, after.result("checkout").orElseThrow().verdict());
        Plan oneSecondMore = plan.withService(plan.service("legacy-order-db").orElseThrow()
                .withRestoreTime(Duration.ofSeconds(481)));
        assertEquals(Duration.ofMinutes(20).plusSeconds(1), analyze(oneSecondMore).result("checkout").orElseThrow().up());
        assertEquals(Verdict.MISSED, analyze(oneSecondMore).result("checkout").orElseThrow().verdict());
    }

    /**
     * Retail with the inventory database back at 15m: Inventory (15m + 5m = 20m) alone brings Checkout to
     * 28m, so no single restore clears its 20m target. The Legacy order DB can take Checkout from 52m down
     * to that 28m, and no further, once it is back in 16m (16m + Auth 4m + Checkout 8m = 28m).
     */
    @Test
    void whenAnotherChainIsTooSlowTheLegacyDatabaseBringsCheckoutAsEarlyAsItAloneCan() {
        Plan retail = AdvicePlans.retail();
        Plan plan = retail.withService(retail.service("inventory-db").orElseThrow().toBuilder()
                .restoreTime(minutes(15)).build());

        Advice advice = advise(plan);

        Candidate first = advice.candidates().get(0);
        assertEquals(new PlanChange.RestoreTime("legacy-order-db", minutes(40), minutes(16)), first.change());
        Requirement requirement = first.requirements().get(0);
        assertFalse(requirement.meets());
        assertEquals(minutes(28), requirement.reachedUp());
        assertEquals(0, first.missesCleared());
        assertEquals(24 * 60, first.latenessRemovedSeconds());
        assertTrue(advice.candidates().stream().noneMatch(c -> c.missesCleared() > 0 && !c.change().isPolicy()));
    }

    /**
     * Three late chains run through Core (30m): A, B and C (each 10m, tier-0, target 15m) hard-depend on
     * it and are up at 40m. D (tier-0, 20m) is late on its own. Core in 5m clears three misses; D in 15m
     * clears one.
     */
    @Test
    void aChangeThatFixesThreeLateChainsOutranksOneThatFixesOne() {
        Plan plan = plan(Settings.DEFAULT,
                List.of(service("core", "tier-2", 30), service("a", "tier-0", 10), service("b", "tier-0", 10),
                        service("c", "tier-0", 10), service("d", "tier-0", 20)),
                List.of(Dependency.hard("a", "core"), Dependency.hard("b", "core"), Dependency.hard("c", "core")));

        List<Candidate> candidates = advise(plan).candidates();

        assertEquals(new PlanChange.RestoreTime("core", minutes(30), minutes(5)), candidates.get(0).change());
        assertEquals(3, candidates.get(0).missesCleared());
        int coreRank = candidates.indexOf(candidates.get(0));
        int dRank = indexOf(candidates, new PlanChange.RestoreTime("d", minutes(20), minutes(15)));
        assertTrue(dRank > coreRank, "the one-chain fix is listed, below: " + candidates);
        assertEquals(1, candidates.get(dRank).missesCleared());
    }

    /**
     * One restore slot, ordered by RTO target. C (tier-1, 10m) goes first, then A (tier-2, 10m), then B
     * (tier-0, 10m, hard-depends on A) from 20m to 30m: late for its 15m target. Restoring A in 0s
     * (no slot needed) or making B's dependency soft lets B jump ahead of C and meet, but pushes C from
     * 10m to 20m: both would clear a miss, both make something later, so neither is listed. One more slot
     * runs A and C together, B is up at 20m (5m late instead of 15m) and nothing is later: listed.
     */
    @Test
    void aCandidateThatMakesAnythingWorseIsNeverListed() {
        Plan plan = plan(new Settings(Duration.ZERO, 1),
                List.of(service("a", "tier-2", 10), service("b", "tier-0", 10), service("c", "tier-1", 10)),
                List.of(Dependency.hard("b", "a")));
        PlanChange restoreA = new PlanChange.RestoreTime("a", minutes(10), Duration.ZERO);
        PlanChange softB = new PlanChange.MakeSoft("b", "a");
        for (PlanChange tempting : List.of(restoreA, softB)) {
            Analysis changed = analyze(tempting.applyTo(plan));
            assertEquals(Boolean.TRUE, changed.result("b").orElseThrow().rtoMet(), tempting + " clears B");
            assertEquals(minutes(20), changed.result("c").orElseThrow().up(), tempting + " delays C");
        }

        List<Candidate> candidates = advise(plan).candidates();

        assertTrue(candidates.stream().noneMatch(c -> c.change().equals(restoreA) || c.change().equals(softB)),
                candidates.toString());
        Candidate slot = candidates.stream().filter(c -> c.change() instanceof PlanChange.Capacity).findFirst()
                .orElseThrow();
        assertEquals(new PlanChange.Capacity(1, 2), slot.change());
        assertEquals(10 * 60, slot.latenessRemovedSeconds());
    }

    /** A relaxed target clears the miss but comes after every fix, as a policy decision. */
    @Test
    void aRelaxedTargetComesLastAndIsAPolicyDecision() {
        Plan plan = plan(Settings.DEFAULT, List.of(service("db", "tier-2", 20), service("app", "tier-0", 10)),
                List.of(Dependency.hard("app", "db")));

        List<Candidate> candidates = advise(plan).candidates();

        Candidate last = candidates.get(candidates.size() - 1);
        assertInstanceOf(PlanChange.RelaxTarget.class, last.change());
        assertEquals(new PlanChange.RelaxTarget("tier-0", minutes(15), minutes(30)), last.change());
        assertTrue(last.change().isPolicy());
        assertEquals(1, last.missesCleared());
        assertTrue(candidates.get(0).missesCleared() >= 1 && !candidates.get(0).change().isPolicy());
    }

    /** The declaration delay is shortened to the next rung (1h to 30m), which brings every service 30m sooner. */
    @Test
    void theDeclarationDelayIsShortenedByOneStep() {
        Plan plan = plan(new Settings(Duration.ofHours(1), 0), List.of(service("app", "tier-0", 10)), List.of());

        Candidate delay = advise(plan).candidates().stream()
                .filter(c -> c.change() instanceof PlanChange.DeclarationDelay).findFirst().orElseThrow();

        assertEquals(new PlanChange.DeclarationDelay(Duration.ofHours(1), minutes(30)), delay.change());
        assertEquals(30 * 60, delay.latenessRemovedSeconds());
    }

    @Test
    void aPlanWithoutMissesGetsNoCandidates() {
        Plan plan = plan(Settings.DEFAULT, List.of(service("app", "tier-2", 10)), List.of());

        assertEquals(List.of(), advise(plan).candidates());
    }

    private static int indexOf(List<Candidate> candidates, PlanChange change) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).change().equals(change)) {
                return i;
            }
        }
        return -1;
    }
}
