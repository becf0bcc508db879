package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.ServiceKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.recoveryworkbench.analysis.AnalysisAssertions.findings;
import static com.recoveryworkbench.analysis.AnalysisAssertions.onlyFinding;
import static com.recoveryworkbench.analysis.AnalysisAssertions.result;
import static com.recoveryworkbench.testplans.PlanBuilder.minutes;
import static com.recoveryworkbench.testplans.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class VerdictTest {

    @Test
    void ownTargetOverridesTheTiersAndTheTierFillsTheRest() {
        Analysis analysis = plan()
                .service("a", "A", 10, b -> b.tier("tier-1").rtoTarget(minutes(20)))
                .service("b", "B", 10, b -> b.tier("tier-1").rpoTarget(minutes(1)))
                .analyze();

        assertEquals(minutes(20), result(analysis, "a").rtoTarget());
        assertEquals(minutes(15), result(analysis, "a").rpoTarget());
        assertEquals(minutes(60), result(analysis, "b").rtoTarget());
        assertEquals(minutes(1), result(analysis, "b").rpoTarget());
    }

    @Test
    void unknownTierWithoutOverrideLeavesNoTargetAndAnOpenVerdict() {
        Analysis analysis = plan().service("app", "App", 10, b -> b.tier("gold")).analyze();

        ServiceResult app = result(analysis, "app");
        assertNull(app.rtoTarget());
        assertNull(app.rpoTarget());
        assertNull(app.slack());
        assertNull(app.rtoMet());
        assertEquals(minutes(10), app.up());
        assertEquals(Verdict.INCOMPLETE, app.verdict());
        Finding unknown = onlyFinding(analysis, Finding.RULE_UNKNOWN_TIER);
        assertEquals(Severity.WARNING, unknown.severity());
        assertEquals(List.of("app"), unknown.services());
        assertEquals("App is in tier 'gold', which the plan does not define: it has no RTO target, so its verdict"
                + " stays open.", unknown.message());
    }

    @Test
    void unknownTierWithOwnRtoTargetIsStillJudged() {
        Analysis analysis = plan().service("app", "App", 10, b -> b.tier("gold").rtoTarget(minutes(60))).analyze();

        assertEquals(Verdict.MEETS, result(analysis, "app").verdict());
        assertEquals("App is in tier 'gold', which the plan does not define: only its own targets apply.",
                onlyFinding(analysis, Finding.RULE_UNKNOWN_TIER).message());
    }

    @Test
    void twentyPercentSlackOrLessIsAtRisk() {
        // Target 60m: up at 48m leaves 12m, exactly a fifth (at risk); up at 47m leaves 13m (meets).
        Analysis analysis = plan()
                .service("edge", "Edge", 48, b -> b.rtoTarget(minutes(60)))
                .service("safe", "Safe", 47, b -> b.rtoTarget(minutes(60)))
                .service("exact", "Exact", 60, b -> b.rtoTarget(minutes(60)))
                .analyze();

        assertEquals(Verdict.AT_RISK, result(analysis, "edge").verdict());
        assertEquals(minutes(12), result(analysis, "edge").slack());
        assertEquals(Verdict.MEETS, result(analysis, "safe").verdict());
        assertEquals(Verdict.AT_RISK, result(analysis, "exact").verdict());
        assertEquals(true, result(analysis, "exact").rtoMet());
    }

    @Test
    void rpoMissAloneMakesTheServiceMissed() {
        Analysis analysis = plan()
                .service("db", "DB", 5, b -> b.kind(ServiceKind.DATABASE))
                .analyze();

        ServiceResult db = result(analysis, "db");
        assertEquals(true, db.rtoMet());
        assertEquals(false, db.rpoMet());
        assertEquals(Verdict.MISSED, db.verdict());
    }

    @Test
    void blockedOutranksACertainMissAndACertainMissOutranksMissingData() {
        Analysis analysis = plan()
                .service("loop", "Loop", 5, b -> b.restoreTime(null))
                .service("late", "Late", 30, b -> b.restoreTime(null).tier("tier-0"))
                .service("slow", "Slow", 30, b -> b.tier("tier-0"))
                .service("quick", "Quick", 0, b -> b.restoreTime(null).tier("tier-0"))
                .hard("loop", "loop").hard("late", "slow")
                .analyze();

        assertEquals(Verdict.BLOCKED, result(analysis, "loop").verdict());
        // Late counts as 0s after Slow's 30m: up at 30m at the earliest, already past tier-0's 15m. Whatever
        // its restore time turns out to be, it misses.
        assertEquals(false, result(analysis, "late").rtoMet());
        assertEquals(Verdict.MISSED, result(analysis, "late").verdict());
        // Quick needs nothing and counts as 0s: up at 0s, 15m to spare, but that is only a floor: open.
        assertEquals(Verdict.INCOMPLETE, result(analysis, "quick").verdict());
        assertEquals(3, findings(analysis, Finding.RULE_MISSING_RESTORE_TIME).size());
        assertEquals(List.of("Late is up after at least 30m, target 15m: Slow 30m → Late (no restore time); "
                        + "no restore time for Late, so it can only be later",
                        "Slow is up at 30m, target 15m: Slow 30m"),
                findings(analysis, Finding.RULE_RTO_MISS).stream().map(Finding::message).toList());
        // Counted as a miss wherever misses are counted: Late and Slow.
        assertEquals(2, analysis.results().stream().filter(r -> r.verdict() == Verdict.MISSED).count());
        assertEquals(2, analysis.summary().rtoMisses());
    }

    @Test
    void summaryCountsVerdictsMissesAndFindingsBySeverity() {
        Analysis analysis = plan()
                .service("ok", "Ok", 10)
                .service("risky", "Risky", 14, b -> b.tier("tier-0"))
                .service("late", "Late", 20, b -> b.tier("tier-0"))
                .service("db", "DB", 5, b -> b.kind(ServiceKind.DATABASE))
                .service("odd", "Odd", 1, b -> b.tier("gold"))
                .hard("ok", "ghost")
                .analyze();

        // Errors: rto-miss (late), rpo-miss (db), unknown-dependency (ok). Warnings: unknown-tier (odd).
        assertEquals(new Summary(5, 2, 1, 1, 3, 1), analysis.summary());
    }
}
