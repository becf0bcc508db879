package com.recoveryworkbench.analysis;

import com.recoveryworkbench.testplans.PlanBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static com.recoveryworkbench.analysis.AnalysisAssertions.assertStartAndUp;
import static com.recoveryworkbench.analysis.AnalysisAssertions.onlyFinding;
import static com.recoveryworkbench.analysis.AnalysisAssertions.result;
import static com.recoveryworkbench.testplans.PlanBuilder.minutes;
import static com.recoveryworkbench.testplans.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CapacityScheduleTest {

    @Test
    void oneRestoreTeamRestoresOneServiceAtATimeLongestChainFirst() {
        // Same tier, no dependents: the chain of each is its own restore time, so 30m, then 20m, then 10m.
        Analysis analysis = plan()
                .service("a", "A", 10).service("b", "B", 20).service("c", "C", 30)
                .capacity(1)
                .analyze();

        assertStartAndUp(analysis, "c", 0, 30);
        assertStartAndUp(analysis, "b", 30, 50);
        assertStartAndUp(analysis, "a", 50, 60);
        assertEquals(minutes(60), analysis.makespan());
    }

    @Test
    void aServiceThatWaitedForASlotSaysHowLongAndWhoHeldTheSlots() {
        // Two slots. At 0m: C (30m) and B (20m) take them by longest chain; A (10m) is ready but waits.
        // B frees its slot at 20m: A waited 20m, behind B (up at 20m) and C (up at 30m), first to finish first.
        Analysis analysis = plan()
                .service("a", "A", 10).service("b", "B", 20).service("c", "C", 30)
                .capacity(2)
                .analyze();

        assertStartAndUp(analysis, "a", 20, 30);
        SlotWait wait = analysis.slotWait("a").orElseThrow();
        assertEquals(minutes(20), wait.waited());
        assertEquals(List.of("b", "c"), wait.heldBy());
        assertEquals(0, wait.aheadByPriority());
        assertEquals("Waited 20m for a free restore slot: when it was ready, both slots were busy with B and C",
                wait.message());
        assertEquals(Optional.empty(), analysis.slotWait("b"));
        assertEquals(Optional.empty(), analysis.slotWait("c"));
    }

    @Test
    void aSlowerServiceCanStartEarlierBecauseItsLongerChainMovesItAhead() {
        // One slot. D (15m) needs nothing; E (10m) depends on S. With S at 5m, S's chain is 5m + 10m =
        // 15m, a tie with D broken by id: D first (0-15m), S waits 15m (15-20m). With S at 25m its chain
        // is 35m: S goes first (0-25m) and D waits 25m for it.
        PlanBuilder quick = plan().service("d", "D", 15).service("s", "S", 5).service("e", "E", 10)
                .hard("e", "s").capacity(1);
        PlanBuilder slow = plan().service("d", "D", 15).service("s", "S", 25).service("e", "E", 10)
                .hard("e", "s").capacity(1);

        Analysis before = quick.analyze();
        Analysis after = slow.analyze();

        assertStartAndUp(before, "s", 15, 20);
        assertEquals("Waited 15m for a free restore slot: when it was ready, the only slot was busy with D",
                before.slotWait("s").orElseThrow().message());
        assertStartAndUp(after, "s", 0, 25);
        assertEquals(Optional.empty(), after.slotWait("s"));
        assertEquals(List.of("s"), after.slotWait("d").orElseThrow().heldBy());
    }

    @Test
    void aLongWaitCountsTheServicesThatWentAheadByPriority() {
        // One slot. Ready at 0m: Z 30m (tier-0), Y 20m, X 10m (tier-2). Z first (0-30m). At 30m, W
        // (tier-0, 5m) is ready too, since it depends on Z: W (30-35m) goes ahead of Y and X, then Y
        // (35-55m), then X (55-65m). X waited 55m: Z held the slot when it was ready, W and Y went ahead.
        Analysis analysis = plan()
                .service("z", "Z", 30, b -> b.tier("tier-0")).service("w", "W", 5, b -> b.tier("tier-0"))
                .service("y", "Y", 20).service("x", "X", 10)
                .hard("w", "z")
                .capacity(1)
                .analyze();

        assertStartAndUp(analysis, "x", 55, 65);
        SlotWait wait = analysis.slotWait("x").orElseThrow();
        assertEquals(List.of("z"), wait.heldBy());
        assertEquals(2, wait.aheadByPriority());
        assertEquals("Waited 55m for a free restore slot: when it was ready, the only slot was busy with Z; 2 services"
                + " ahead of it by priority took the slots that came free before its turn", wait.message());
    }

    @Test
    void unlimitedCapacityNeverWaits() {
        Analysis analysis = plan().service("a", "A", 10).service("b", "B", 20).analyze();

        assertEquals(Optional.empty(), analysis.slotWait("a"));
        assertEquals(Optional.empty(), analysis.slotWait("b"));
        assertEquals(Optional.empty(), analysis.slotWait("nowhere"));
    }

    @Test
    void moreCriticalTierStartsFirstEvenWithAShorterChain() {
        Analysis analysis = plan()
                .service("long", "Long", 60)
                .service("urgent", "Urgent", 10, b -> b.tier("tier-0"))
                .capacity(1)
                .analyze();

        assertStartAndUp(analysis, "urgent", 0, 10);
        assertStartAndUp(analysis, "long", 10, 70);
    }

    @Test
    void overrideTargetDecidesTheUrgencyNotTheTierName() {
        // tier-3 by name, but its own RTO target of 10m is more urgent than tier-0's 15m.
        Analysis analysis = plan()
                .service("a", "A", 10, b -> b.tier("tier-0"))
                .service("b", "B", 10, b -> b.tier("tier-3").rtoTarget(minutes(10)))
                .capacity(1)
                .analyze();

        assertStartAndUp(analysis, "b", 0, 10);
        assertStartAndUp(analysis, "a", 10, 20);
    }

    @Test
    void servicesWithoutAnRtoTargetComeLast() {
        Analysis analysis = plan()
                .service("a", "A", 30, b -> b.tier("gold"))
                .service("b", "B", 5, b -> b.tier("tier-3"))
                .capacity(1)
                .analyze();

        assertStartAndUp(analysis, "b", 0, 5);
        assertStartAndUp(analysis, "a", 5, 35);
    }

    @Test
    void longestRemainingChainOfDependentsGoesFirstWithinATier() {
        // Chains: a 5m + d 50m = 55m, b 20m. So a, then d (50m) before b (20m).
        Analysis analysis = plan()
                .service("a", "A", 5).service("b", "B", 20).service("d", "D", 50)
                .hard("d", "a")
                .capacity(1)
                .analyze();

        assertStartAndUp(analysis, "a", 0, 5);
        assertStartAndUp(analysis, "d", 5, 55);
        assertStartAndUp(analysis, "b", 55, 75);
    }

    @Test
    void smallestIdBreaksATie() {
        Analysis analysis = plan()
                .service("y", "Y", 10).service("x", "X", 10)
                .capacity(1)
                .analyze();

        assertStartAndUp(analysis, "x", 0, 10);
        assertStartAndUp(analysis, "y", 10, 20);
    }

    @Test
    void freedSlotIsTakenAtOnceByWhateverIsReady() {
        // Two slots. At 0: b (chain 30m) and a (chain 10m + c 10m = 20m) start, d (10m) waits.
        // At 10m a is up: c becomes ready, c and d tie on 10m, c has the smaller id. At 20m d starts.
        Analysis analysis = plan()
                .service("a", "A", 10).service("b", "B", 30).service("c", "C", 10).service("d", "D", 10)
                .hard("c", "a")
                .capacity(2)
                .analyze();

        assertStartAndUp(analysis, "b", 0, 30);
        assertStartAndUp(analysis, "a", 0, 10);
        assertStartAndUp(analysis, "c", 10, 20);
        assertStartAndUp(analysis, "d", 20, 30);
        assertEquals(List.of(1, 1, 2, 1), List.of(result(analysis, "a").wave(), result(analysis, "b").wave(),
                result(analysis, "c").wave(), result(analysis, "d").wave()));
    }

    @Test
    void zeroTimeServiceIsUpAtOnceEvenWhenEverySlotIsBusy() {
        // a takes the only slot at 0; z needs no time, so it does not queue behind a.
        Analysis analysis = plan()
                .service("a", "A", 30).service("z", "Z", 0).service("w", "W", 10)
                .hard("w", "z")
                .capacity(1)
                .analyze();

        assertStartAndUp(analysis, "a", 0, 30);
        assertStartAndUp(analysis, "z", 0, 0);
        assertStartAndUp(analysis, "w", 30, 40);
    }

    @Test
    void rtoMissSaysHowLongTheChainWaitedForASlot() {
        Analysis analysis = plan()
                .service("a", "A", 10, b -> b.tier("tier-0"))
                .service("b", "B", 10, b -> b.tier("tier-0"))
                .capacity(1)
                .declarationDelay(minutes(2))
                .analyze();

        assertStartAndUp(analysis, "a", 2, 12);
        assertStartAndUp(analysis, "b", 12, 22);
        assertEquals("B is up at 22m, target 15m: declaration 2m → B 10m; waited 10m for a free restore slot",
                onlyFinding(analysis, Finding.RULE_RTO_MISS).message());
    }

    @Test
    void waitAnywhereAlongTheChainIsCounted() {
        // One slot. Chains: a 20m, b 5m + d 10m = 15m, so a runs first and b waits 20m; d follows b
        // at once. D's steps add up: 20m waited + 5m + 10m = 35m.
        Analysis analysis = plan()
                .service("a", "A", 20).service("b", "B", 5)
                .service("d", "D", 10, b -> b.rtoTarget(minutes(30)))
                .hard("d", "b")
                .capacity(1)
                .analyze();

        assertStartAndUp(analysis, "a", 0, 20);
        assertStartAndUp(analysis, "b", 20, 25);
        assertStartAndUp(analysis, "d", 25, 35);
        assertEquals("D is up at 35m, target 30m: B 5m → D 10m; waited 20m for a free restore slot",
                onlyFinding(analysis, Finding.RULE_RTO_MISS).message());
    }
}
