package com.recoveryworkbench.analysis.advice;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.analysis.ServiceState;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

/**
 * The late chains of a measured plan: for every service up after its RTO target in some scenario, the
 * critical path that sets its up time. Which services and hard dependencies lie on them, and how
 * often, is where a change can help; everything else is left untried. Built once per advice.
 */
final class LateChains {
    /** A late service in one scenario, and how late it is. */
    record Late(String service, String scenarioId, int scenarioIndex, long latenessSeconds, ServiceResult result) {
    }

    /** A service whose own restore or failover sets part of a late chain, with the lates it is on. */
    record Knob(String service, boolean failover, List<Late> lates) {
    }

    private final Map<String, Knob> knobs = new HashMap<>();
    private final Map<String, Integer> edges = new HashMap<>();
    private final Map<String, Integer> onChains = new HashMap<>();
    private final Map<String, Integer> onScenarioChains = new HashMap<>();
    private final Map<String, List<Duration>> lateUpTimes = new HashMap<>();

    static LateChains of(List<Analysis> analyses) {
        LateChains chains = new LateChains();
        for (int s = 0; s < analyses.size(); s++) {
            Analysis analysis = analyses.get(s);
            for (ServiceResult r : analysis.results()) {
                long lateness = Measurement.latenessOf(r);
                if (lateness > 0) {
                    chains.add(analysis, new Late(r.id(), analysis.scenario().id(), s, lateness, r));
                }
            }
        }
        return chains;
    }

    private void add(Analysis analysis, Late late) {
        lateUpTimes.computeIfAbsent(late.service(), id -> new ArrayList<>()).add(late.result().up());
        List<String> path = late.result().criticalPath();
        for (int i = 0; i < path.size(); i++) {
            String id = path.get(i);
            onChains.merge(id, 1, Integer::sum);
            if (!analysis.scenario().isTotal()) {
                onScenarioChains.merge(id, 1, Integer::sum);
            }
            if (i > 0) {
                // The path runs from the first service restored to the late one: each step hard-depends on the one before.
                edges.merge(path.get(i) + "\n" + path.get(i - 1), 1, Integer::sum);
            }
            ServiceState state = analysis.result(id).orElseThrow().state();
            if (state == ServiceState.RESTORED || state == ServiceState.FAILED_OVER) {
                boolean failover = state == ServiceState.FAILED_OVER;
                // A service restored in one scenario and failed over in another has two knobs.
                String key = (failover ? "f\n" : "r\n") + id;
                knobs.computeIfAbsent(key, k -> new Knob(id, failover, new ArrayList<>()))
                        .lates().add(late);
            }
        }
    }

    boolean isEmpty() {
        return onChains.isEmpty();
    }

    /** The {@code limit} knobs on the most late chains (ties by service id). */
    List<Knob> knobs(int limit) {
        return knobs.values().stream()
                .sorted(Comparator.comparingInt((Knob k) -> -k.lates().size()).thenComparing(Knob::service)
                        .thenComparing(Knob::failover))
                .limit(limit).toList();
    }

    /** The {@code limit} dependencies (from, to) on the most late chains. */
    List<String[]> edges(int limit) {
        return mostFrequent(edges, limit).stream().map(key -> key.split("\n", 2)).toList();
    }

    /** The {@code limit} services on the most late chains of scenarios other than the total one. */
    List<String> servicesInScenarios(int limit) {
        return mostFrequent(onScenarioChains, limit);
    }

    /** The up times of a service in the scenarios where it is late; empty when it is never late. */
    List<Duration> lateUpTimes(String service) {
        return lateUpTimes.getOrDefault(service, List.of());
    }

    /** Whether the service is on any late chain. */
    boolean isOnChain(String service) {
        return onChains.containsKey(service);
    }

    private static List<String> mostFrequent(Map<String, Integer> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }
}
