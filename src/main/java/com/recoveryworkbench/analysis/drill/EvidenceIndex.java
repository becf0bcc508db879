package com.recoveryworkbench.analysis.drill;

import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Plan;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Per service of a plan, its latest drill result and the latest drill it recovered in, found in one
 * pass over the drill log. "Latest" follows the log's order: by date, then by drill id, so two drills
 * on one day are told apart the same way every time. Results for services the plan does not have are
 * left out. Immutable once built, and then safe to read from any thread.
 */
public final class EvidenceIndex {
    private final Map<String, Evidence> latest = new HashMap<>();
    private final Map<String, Evidence> lastRecovered = new HashMap<>();

    private EvidenceIndex() {
    }

    public static EvidenceIndex of(Plan plan) {
        EvidenceIndex index = new EvidenceIndex();
        for (Drill drill : plan.drills()) {
            for (DrillResult result : drill.results()) {
                if (!plan.hasService(result.service())) {
                    continue;
                }
                Evidence evidence = Evidence.of(drill, result);
                index.latest.put(result.service(), evidence);
                if (result.recovered()) {
                    index.lastRecovered.put(result.service(), evidence);
                }
            }
        }
        return index;
    }

    /** The service's latest result; empty when no drill covered it. */
    public Optional<Evidence> latest(String serviceId) {
        return Optional.ofNullable(latest.get(serviceId));
    }

    /** The latest drill the service fully recovered in; empty when there is none. */
    public Optional<Evidence> lastRecovered(String serviceId) {
        return Optional.ofNullable(lastRecovered.get(serviceId));
    }
}
