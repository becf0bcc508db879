package com.recoveryworkbench.testplans;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Test plans given a cost of downtime: a currency and a rate per hour for some of their tiers. */
public final class PricedPlans {
    private PricedPlans() {
    }

    /** {@code plan} counting costs in {@code currency}, each tier of {@code rates} (tier id → rate per hour) at its rate. */
    public static Plan priced(Plan plan, String currency, Map<String, String> rates) {
        return plan.withSettings(plan.settings().withCurrency(currency))
                .withTiers(plan.tiers().stream().map(t -> rates.containsKey(t.id())
                        ? t.withDowntimeCostPerHour(new BigDecimal(rates.get(t.id()))) : t).toList());
    }

    /**
     * {@link TestPlans#checkout()} at tier-0 6,000, tier-1 1,200 and tier-2 300 EUR an hour: Legacy DB
     * (tier-1) up at 40m costs 800.00, Auth (tier-1) 44m 880.00, Checkout (tier-0) 52m 5,200.00, Catalog
     * (tier-2) 10m 50.00; 6,930.00 EUR in all.
     */
    public static Plan checkout() {
        return priced(TestPlans.checkout(), "EUR", Map.of("tier-0", "6000", "tier-1", "1200", "tier-2", "300"));
    }

    /**
     * {@link #checkout()} with a 2-day horizon and Loop A and Loop B (tier-2, 5m each) hard-depending on each
     * other: never restored, each counts the horizon, 48h × 300 = 14,400.00; 35,730.00 EUR in all.
     */
    public static Plan checkoutWithACycle() {
        Plan plan = checkout();
        return plan.withSettings(plan.settings().withHorizon(Duration.ofDays(2)))
                .withServices(List.of(loop("loop-a", "Loop A"), loop("loop-b", "Loop B")))
                .withDependencies(List.of(Dependency.hard("loop-a", "loop-b"), Dependency.hard("loop-b", "loop-a")));
    }

    private static Service loop(String id, String name) {
        return Service.builder(id, ServiceKind.APPLICATION).name(name).tier("tier-2")
                .restoreTime(Duration.ofMinutes(5)).build();
    }
}
