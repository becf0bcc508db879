package com.recoveryworkbench.analysis.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.Severity;
import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.testplans.TestPlans;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryEffectTest {
    private static final Finding MISS_AT_52M = new Finding(Severity.ERROR, Finding.RULE_RTO_MISS,
            List.of("checkout", "legacy-db", "auth"),
            "Checkout is up at 52m, target 20m: Legacy DB 40m → Auth 4m → Checkout 8m");

    @Test
    void slowerLegacyDbDelaysCheckoutWhichStillMisses() {
        RecoveryEffect effect = PlanDiff.compare(TestPlans.shop(40), TestPlans.shop(50)).effect();

        // Legacy DB 50m: up at 50m, slack 10m of 1h is within 20% (12m): at risk. Auth 50m + 4m = 54m,
        // slack 6m: at risk. Checkout 54m + 8m = 1h2m against 20m: still missed. Catalog is untouched.
        assertEquals(List.of(
                new ServiceEffect("auth", "Auth", 2, 2, minutes(44), minutes(54), Verdict.MEETS, Verdict.AT_RISK),
                new ServiceEffect("checkout", "Checkout", 3, 3, minutes(52), minutes(62), Verdict.MISSED,
                        Verdict.MISSED),
                new ServiceEffect("legacy-db", "Legacy DB", 1, 1, minutes(40), minutes(50), Verdict.MEETS,
                        Verdict.AT_RISK)), effect.services());
        // Still a miss, only its figures changed: changed, neither resolved nor appeared.
        assertEquals(List.of(new FindingChange(MISS_AT_52M, new Finding(Severity.ERROR, Finding.RULE_RTO_MISS,
                List.of("checkout", "legacy-db", "auth"),
                "Checkout is up at 1h2m, target 20m: Legacy DB 50m → Auth 4m → Checkout 8m"),
                "Checkout still misses its RTO: up 52m → 1h2m, target 20m")), effect.changed());
        assertEquals(List.of(), effect.resolved());
        assertEquals(List.of(), effect.appeared());
        assertEquals(minutes(52), effect.makespanBefore());
        assertEquals(minutes(62), effect.makespanAfter());
    }

    @Test
    void fasterLegacyDbLetsCheckoutMeetAndResolvesTheMiss() {
        RecoveryEffect effect = PlanDiff.compare(TestPlans.shop(40), TestPlans.shop(8)).effect();

        // Legacy DB 8m, Auth 12m, Checkout 20m: exactly its 20m target, no slack: at risk, but met.
        // Makespan: Checkout's 20m (Catalog is up at 10m).
        assertEquals(new ServiceEffect("checkout", "Checkout", 3, 3, minutes(52), minutes(20), Verdict.MISSED,
                Verdict.AT_RISK), effect.services().get(1));
        assertEquals(List.of(MISS_AT_52M), effect.resolved());
        assertEquals(List.of(), effect.appeared());
        assertEquals(List.of(), effect.changed());
        assertEquals(minutes(20), effect.makespanAfter());
    }

    @Test
    void aMissWhoseChainChangedIsStillTheSameMissAndATighterTargetIsShown() {
        // Checkout gets its own restore path: it no longer needs Auth but Legacy DB directly, and its
        // target tightens to 15m. Before: 52m against 20m. After: Legacy DB 40m + Checkout 8m = 48m.
        Plan shop = TestPlans.shop();
        Plan direct = shop.withoutDependencies(List.of(Dependency.hard("checkout", "auth")))
                .withDependency(Dependency.hard("checkout", "legacy-db"))
                .withService(shop.service("checkout").orElseThrow().toBuilder().rtoTarget(minutes(15)).build());

        RecoveryEffect effect = PlanDiff.compare(shop, direct).effect();

        // The tier inversion on Auth is gone and one on Legacy DB appeared: other subjects, not changes.
        assertEquals(List.of(List.of("checkout", "auth")), effect.resolved().stream().map(Finding::services).toList());
        assertEquals(List.of(List.of("checkout", "legacy-db")),
                effect.appeared().stream().map(Finding::services).toList());
        assertEquals(1, effect.changed().size());
        assertEquals(List.of("checkout", "legacy-db"), effect.changed().get(0).after().services());
        assertEquals("Checkout still misses its RTO: up 52m → 48m, target 20m → 15m", effect.changed().get(0).summary());
    }

    @Test
    void anRpoMissWithOtherFiguresIsChangedAndOneThatIsGoneIsResolved() {
        // Orders DB (tier-1: RPO 15m): backup every 1h taking 10m loses up to 1h10m; every 30m, 40m. Both miss.
        // Files (tier-1): unprotected storage loses everything; synchronous replication loses nothing.
        Plan before = Plan.empty("Data").withServices(List.of(
                Service.builder("orders-db", ServiceKind.DATABASE).name("Orders DB").tier("tier-1")
                        .restoreTime(minutes(5)).protection(DataProtection.backup(minutes(60), minutes(10))).build(),
                Service.builder("files", ServiceKind.STORAGE).name("Files").tier("tier-1")
                        .restoreTime(minutes(5)).build()));
        Plan after = before.withServices(List.of(
                before.service("orders-db").orElseThrow().toBuilder()
                        .protection(DataProtection.backup(minutes(30), minutes(10))).build(),
                before.service("files").orElseThrow().toBuilder().protection(DataProtection.syncReplication()).build()));

        RecoveryEffect effect = PlanDiff.compare(before, after).effect();

        assertEquals(List.of("Orders DB still misses its RPO: can lose 1h10m → 40m, target 15m"),
                effect.changed().stream().map(FindingChange::summary).toList());
        assertEquals(List.of("files"), effect.resolved().stream().map(f -> f.services().get(0)).toList());
        assertEquals(List.of(), effect.appeared());
    }

    private static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }
}
