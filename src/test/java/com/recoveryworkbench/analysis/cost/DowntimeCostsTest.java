package com.recoveryworkbench.analysis.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DowntimeCostsTest {
    private static final RecoveryAnalyzer ANALYZER = new RecoveryAnalyzer();

    /**
     * tier-1 costs 600 an hour. DB (30m) is up at 30m: 300.00. App (15m, its own rate 1,200) waits for it
     * and is up at 45m: 900.00. Loop A and loop B depend on each other (tier-1): never restored, each
     * counts the 2-day horizon, 48h × 600 = 28,800.00. Total 58,800.00.
     */
    @Test
    void eachServiceCostsItsDowntimeTimesItsRateAndBlockedOnesTheHorizon() {
        Plan plan = plan(new Settings(Duration.ZERO, 0, "EUR", Duration.ofDays(2)), List.of(
                service("db", 30, null), service("app", 15, new BigDecimal("1200")),
                service("loop-a", 5, null), service("loop-b", 5, null)),
                List.of(Dependency.hard("app", "db"), Dependency.hard("loop-a", "loop-b"),
                        Dependency.hard("loop-b", "loop-a")));

        ScenarioCost cost = DowntimeCosts.of(plan, ANALYZER.analyze(plan)).orElseThrow();

        assertEquals(List.of(
                new ServiceCost("app", Duration.ofMinutes(45), new BigDecimal("1200"), new BigDecimal("900.00"), false),
                new ServiceCost("db", Duration.ofMinutes(30), new BigDecimal("600"), new BigDecimal("300.00"), false),
                new ServiceCost("loop-a", Duration.ofDays(2), new BigDecimal("600"), new BigDecimal("28800.00"), true),
                new ServiceCost("loop-b", Duration.ofDays(2), new BigDecimal("600"), new BigDecimal("28800.00"), true)),
                cost.services());
        assertEquals(new BigDecimal("58800.00"), cost.total());
        assertEquals(2, cost.blockedAtHorizon());
        assertEquals("58,800.00 EUR", cost.formattedTotal());
    }

    /** Losing only the app's own service leaves the database running: it costs nothing; the app 15m × 1,200. */
    @Test
    void anUnaffectedServiceCostsNothing() {
        Plan plan = plan(Settings.DEFAULT, List.of(service("db", 30, null), service("app", 15, new BigDecimal("1200"))),
                List.of(Dependency.hard("app", "db")));
        Scenario appLost = Scenario.losing("app-lost", "App lost", List.of(), List.of("app"));

        ScenarioCost cost = DowntimeCosts.of(plan, ANALYZER.analyze(plan, appLost)).orElseThrow();

        assertEquals(new BigDecimal("300.00"), cost.total());
        assertEquals(Duration.ZERO, cost.services().get(1).downtime());
        assertEquals("300.00", cost.formattedTotal());
    }

    @Test
    void aPlanWithoutRatesHasNoCost() {
        Plan plan = new Plan("plain", "", Settings.DEFAULT, TierPolicy.defaults(),
                List.of(Service.builder("db", ServiceKind.DATABASE).tier("tier-1").restoreTime(Duration.ofMinutes(5))
                        .build()), List.of());

        assertTrue(DowntimeCosts.of(plan, ANALYZER.analyze(plan)).isEmpty());
    }

    private static Service service(String id, long minutes, BigDecimal rate) {
        return Service.builder(id, ServiceKind.APPLICATION).tier("tier-1").restoreTime(Duration.ofMinutes(minutes))
                .downtimeCostPerHour(rate).build();
    }

    private static Plan plan(Settings settings, List<Service> services, List<Dependency> dependencies) {
        List<TierPolicy> tiers = TierPolicy.defaults().stream()
                .map(t -> t.id().equals("tier-1") ? t.withDowntimeCostPerHour(new BigDecimal("600")) : t).toList();
        return new Plan("costed", "", settings, tiers, services, dependencies);
    }
}
