package com.recoveryworkbench.analysis.drill;

import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Per service of a plan, its latest drill result, its latest result of each {@link MeasuredAction}
 * (restore, failover), and the latest drill it recovered in, found in one pass over the drill log.
 * "Latest" follows the log's order: by date, then by drill id, so two drills on one day are told apart
 * the same way every time. Results for services the plan does not have are left out. Immutable once
 * built, and then safe to read from any thread.
 */
public final class EvidenceIndex {
    private final Map<String, Evidence> latest = new HashMap<>();
    private final Map<MeasuredAction, Map<String, Evidence>> latestByAction = new EnumMap<>(MeasuredAction.class);
    private final Map<String, Evidence> lastRecovered = new HashMap<>();

    private EvidenceIndex() {
        for (MeasuredAction action : MeasuredAction.values()) {
            latestByAction.put(action, new HashMap<>());
        }
    }

    public static EvidenceIndex of(Plan plan) {
        EvidenceIndex index = new EvidenceIndex();
        for (Drill drill : plan.drills()) {
            // A drill of a scenario the plan no longer has (the file refuses one) counts as a total one.
            Scenario scenario = plan.scenario(drill.scenario()).orElse(Scenario.TOTAL);
            for (DrillResult result : drill.results()) {
                Service service = plan.service(result.service()).orElse(null);
                if (service == null) {
                    continue;
                }
                Evidence evidence = Evidence.of(drill, result, MeasuredAction.of(scenario, service));
                index.latest.put(result.service(), evidence);
                index.latestByAction.get(evidence.action()).put(result.service(), evidence);
                if (result.recovered()) {
                    index.lastRecovered.put(result.service(), evidence);
                }
            }
        }
        return index;
    }

    /** The service's latest result, whatever it timed; empty when no drill covered it. */
    public Optional<Evidence> latest(String serviceId) {
        return Optional.ofNullable(latest.get(serviceId));
    }

    /** The service's latest result that timed {@code action}; empty when no drill did. */
    public Optional<Evidence> latest(String serviceId, MeasuredAction action) {
        return Optional.ofNullable(latestByAction.get(action).get(serviceId));
    }

    /** The latest measured time of {@code action}, with its drill; empty when none, or when the latest such result measured nothing. */
    public Optional<Evidence> latestMeasured(String serviceId, MeasuredAction action) {
        return latest(serviceId, action).filter(e -> e.measured() != null);
    }

    /** The latest drill the service fully recovered in, by either action; empty when there is none. */
    public Optional<Evidence> lastRecovered(String serviceId) {
        return Optional.ofNullable(lastRecovered.get(serviceId));
    }
}
