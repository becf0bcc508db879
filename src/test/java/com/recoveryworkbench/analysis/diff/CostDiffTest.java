package com.recoveryworkbench.analysis.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.recoveryworkbench.testplans.TestPlans;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.TierPolicy;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A diff names a changed cost of downtime, currency or horizon: they change what a scenario costs. */
class CostDiffTest {
    private final Plan shop = TestPlans.shop();

    @Test
    void aTierRateAServiceRateAndTheSettingsAreCompared() {
        List<TierPolicy> tiers = shop.tiers().stream()
                .map(t -> t.id().equals("tier-0") ? t.withDowntimeCostPerHour(new BigDecimal("5000")) : t).toList();
        Plan costed = shop.withTiers(tiers)
                .withService(shop.service("catalog").orElseThrow().toBuilder()
                        .downtimeCostPerHour(new BigDecimal("250.5")).build())
                .withSettings(shop.settings().withCurrency("EUR").withHorizon(Duration.ofDays(3)));

        PlanComparison diff = PlanDiff.compare(shop, costed);

        assertEquals(List.of(new TierChange("tier-0", List.of(new FieldChange("downtimeCostPerHour", null, "5000")))),
                diff.tiersChanged());
        assertEquals(List.of(new ServiceChange("catalog", shop.service("catalog").orElseThrow().name(),
                List.of(new FieldChange("downtimeCostPerHour", null, "250.5")))), diff.servicesChanged());
        assertEquals(List.of(new FieldChange("currency", null, "EUR"), new FieldChange("horizon", null, "3d")),
                diff.settings());
        assertFalse(diff.isIdentical());
    }
}
