package com.recoveryworkbench.analysis.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.Severity;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryEffectTest {
    private static final Finding MISS_AT_52M = new Finding(Severity.ERROR, Finding.RULE_RTO_MISS,
            List.of("checkout", "legacy-db", "auth"),
            "Checkout is up at 52m, target 20m: Legacy DB 40m → Auth 4m → Checkout 8m");

    @Test
    void slowerLegacyDbDelaysCheckoutWhichStillMisses() {
        RecoveryEffect effect = PlanDiff.compare(ShopPlan.shop(40), ShopPlan.shop(50)).effect();

        // Legacy DB 50m: up at 50m, slack 10m of 1h is within 20% (12m): at risk. Auth 50m + 4m = 54m,
        // slack 6m: at risk. Checkout 54m + 8m = 1h2m against 20m: still missed. Catalog is untouched.
        assertEquals(List.of(
                new ServiceEffect("auth", "Auth", 2, 2, minutes(44), minutes(54), Verdict.MEETS, Verdict.AT_RISK),
                new ServiceEffect("checkout", "Checkout", 3, 3, minutes(52), minutes(62), Verdict.MISSED,
                        Verdict.MISSED),
                new ServiceEffect("legacy-db", "Legacy DB", 1, 1, minutes(40), minutes(50), Verdict.MEETS,
                        Verdict.AT_RISK)), effect.services());
        assertEquals(List.of(MISS_AT_52M), effect.resolved());
        assertEquals(List.of(new Finding(Severity.ERROR, Finding.RULE_RTO_MISS,
                List.of("checkout", "legacy-db", "auth"),
                "Checkout is up at 1h2m, target 20m: Legacy DB 50m → Auth 4m → Checkout 8m")), effect.appeared());
        assertEquals(minutes(52), effect.makespanBefore());
        assertEquals(minutes(62), effect.makespanAfter());
    }

    @Test
    void fasterLegacyDbLetsCheckoutMeetAndResolvesTheMiss() {
        RecoveryEffect effect = PlanDiff.compare(ShopPlan.shop(40), ShopPlan.shop(8)).effect();

        // Legacy DB 8m, Auth 12m, Checkout 20m: exactly its 20m target, no slack: at risk, but met.
        // Makespan: Checkout's 20m (Catalog is up at 10m).
        assertEquals(new ServiceEffect("checkout", "Checkout", 3, 3, minutes(52), minutes(20), Verdict.MISSED,
                Verdict.AT_RISK), effect.services().get(1));
        assertEquals(List.of(MISS_AT_52M), effect.resolved());
        assertEquals(List.of(), effect.appeared());
        assertEquals(minutes(20), effect.makespanAfter());
    }

    private static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }
}
