package com.recoveryworkbench.analysis.cost;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.TierPolicy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cost of downtime of a scenario: each service's downtime (outage to up time) times its rate, its
 * own {@code downtimeCostPerHour} or else its tier's. A service the scenario leaves unaffected costs
 * nothing; a blocked one (never restored) counts the plan's horizon and says so. A plan that gives no
 * rate anywhere has no cost at all ({@link #of} is empty), so reports show no money. Stateless; the
 * arguments must not be {@code null} and the analysis must be of the plan given.
 */
public final class DowntimeCosts {
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private DowntimeCosts() {
    }

    /** Whether any tier or service of the plan has a cost of downtime. */
    public static boolean hasRates(Plan plan) {
        return plan.tiers().stream().anyMatch(t -> t.downtimeCostPerHour() != null)
                || plan.services().stream().anyMatch(s -> s.downtimeCostPerHour() != null);
    }

    /** The cost of the analysed scenario; empty when the plan has no rates. */
    public static Optional<ScenarioCost> of(Plan plan, Analysis analysis) {
        if (!hasRates(plan)) {
            return Optional.empty();
        }
        Duration horizon = plan.settings().horizon();
        List<ServiceCost> costs = new ArrayList<>(analysis.results().size());
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        int blocked = 0;
        for (ServiceResult result : analysis.results()) {
            Service service = plan.service(result.id()).orElseThrow();
            BigDecimal rate = rateOf(plan, service);
            boolean countsHorizon = result.isDown() && result.up() == null;
            Duration downtime = !result.isDown() ? Duration.ZERO : countsHorizon ? horizon : result.up();
            BigDecimal cost = rate == null ? BigDecimal.ZERO.setScale(2)
                    : rate.multiply(BigDecimal.valueOf(downtime.getSeconds()))
                            .divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP);
            costs.add(new ServiceCost(service.id(), downtime, rate, cost, countsHorizon));
            total = total.add(cost);
            blocked += countsHorizon ? 1 : 0;
        }
        return Optional.of(new ScenarioCost(analysis.scenario().id(), plan.settings().currency(), costs, total,
                blocked));
    }

    /** The service's own rate, else its tier's; {@code null} when neither is known. */
    public static BigDecimal rateOf(Plan plan, Service service) {
        if (service.downtimeCostPerHour() != null) {
            return service.downtimeCostPerHour();
        }
        return plan.tier(service.tier()).map(TierPolicy::downtimeCostPerHour).orElse(null);
    }
}
