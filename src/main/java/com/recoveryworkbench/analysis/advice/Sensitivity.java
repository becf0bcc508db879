package com.recoveryworkbench.analysis.advice;

import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * Per service, minutes of total lateness per minute of its restore time, measured by re-analysis: the
 * plan is analysed with the service's restore time one minute longer, and the growth of the summed
 * lateness is the answer. A service on no late chain gets 0 without an analysis (a longer restore off
 * every late chain can make a service late, but it adds no lateness that exists now; the figure says
 * where the present lateness comes from). Sorted by weight, heaviest first, then by id. Stateless and
 * thread-safe; the services are measured in parallel, so call it off the JavaFX thread.
 */
public final class Sensitivity {
    private static final Duration STEP = Duration.ofMinutes(1);

    public List<ServiceSensitivity> of(Plan plan, List<Scenario> scenarios) {
        Measurement before = Measurement.of(plan, scenarios);
        LateChains chains = LateChains.of(before.analyses());
        long lateness = before.outcome().latenessSeconds();
        return plan.services().parallelStream()
                .map(s -> new ServiceSensitivity(s.id(), chains.isOnChain(s.id()) && s.restoreTime() != null
                        ? weight(plan, scenarios, s, lateness) : 0))
                .sorted(Comparator.comparingDouble((ServiceSensitivity s) -> -s.lateMinutesPerMinute())
                        .thenComparing(ServiceSensitivity::service))
                .toList();
    }

    private static double weight(Plan plan, List<Scenario> scenarios, Service service, long lateness) {
        Duration now = service.restoreTime();
        // At the longest restore time a plan allows, measure the minute below instead of the one above.
        boolean up = now.plus(STEP).compareTo(Durations.MAX) <= 0;
        Plan changed = plan.withService(service.withRestoreTime(up ? now.plus(STEP) : now.minus(STEP)));
        long difference = Measurement.of(changed, scenarios).outcome().latenessSeconds() - lateness;
        return (double) (up ? difference : -difference) / STEP.getSeconds();
    }
}
