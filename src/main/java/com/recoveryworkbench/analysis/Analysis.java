package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.Scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What {@link RecoveryAnalyzer} found for one plan in one scenario. Immutable and safe to read from
 * any thread.
 *
 * <p>Every list is unmodifiable and in a fixed order, so equal plans give equal output. A blocked
 * service (in a cycle, or hard-depending on one) has a result with no wave, start, up time or slack
 * and an empty critical path. A service the scenario leaves unaffected is in no wave and does not
 * count towards the makespan. Nothing here returns {@code null} except {@link #makespan()}.
 */
public final class Analysis {
    private final Scenario scenario;
    private final String[] ids;
    private final List<ServiceResult> results;
    private final List<Finding> findings;
    private final List<List<String>> cycles;
    private final SortedMap<Integer, List<String>> waves;
    private final Duration makespan;
    private final Summary summary;
    private final int[][] dependents;
    private final SlotWait[] slotWaits;
    private volatile Map<String, List<Finding>> findingsByService;

    /** @param slotWaits per service in id order, why it waited for a restore slot; {@code null} where it did not */
    Analysis(Scenario scenario, String[] ids, List<ServiceResult> results, List<Finding> findings,
             List<List<String>> cycles, int[][] dependents, SlotWait[] slotWaits) {
        this.scenario = scenario;
        this.ids = ids;
        this.slotWaits = slotWaits;
        this.results = List.copyOf(results);
        this.findings = List.copyOf(findings);
        this.cycles = List.copyOf(cycles);
        this.dependents = dependents;
        TreeMap<Integer, List<String>> byWave = new TreeMap<>();
        Duration latest = null;
        int compliant = 0;
        int rtoMisses = 0;
        int rpoMisses = 0;
        for (ServiceResult r : results) {
            if (r.wave() != null) {
                byWave.computeIfAbsent(r.wave(), w -> new ArrayList<>()).add(r.id());
                latest = latest == null || r.up().compareTo(latest) > 0 ? r.up() : latest;
            }
            compliant += r.verdict() == Verdict.MEETS || r.verdict() == Verdict.AT_RISK
                    || r.verdict() == Verdict.UNAFFECTED ? 1 : 0;
            rtoMisses += Boolean.FALSE.equals(r.rtoMet()) ? 1 : 0;
            rpoMisses += Boolean.FALSE.equals(r.rpoMet()) ? 1 : 0;
        }
        byWave.replaceAll((wave, members) -> List.copyOf(members));
        this.waves = Collections.unmodifiableSortedMap(byWave);
        this.makespan = latest;
        int errors = (int) this.findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        int warnings = (int) this.findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        this.summary = new Summary(results.size(), compliant, rtoMisses, rpoMisses, errors, warnings);
    }

    /** The scenario this analysis answers. */
    public Scenario scenario() {
        return scenario;
    }

    /** One result per service of the plan, sorted by id. */
    public List<ServiceResult> results() {
        return results;
    }

    /** The result of a service; empty when the plan has no such service. */
    public Optional<ServiceResult> result(String serviceId) {
        int i = indexOf(serviceId);
        return i < 0 ? Optional.empty() : Optional.of(results.get(i));
    }

    /**
     * Why a service started later than it was ready: it waited for a free restore slot (see
     * {@link SlotWait}, which also states the priority rule). Empty when it started as soon as it was
     * ready, always with unlimited restore capacity, for a blocked service and for an id the plan does
     * not have.
     */
    public Optional<SlotWait> slotWait(String serviceId) {
        int i = indexOf(serviceId);
        return i < 0 ? Optional.empty() : Optional.ofNullable(slotWaits[i]);
    }

    /** Errors first, then warnings; within a severity by rule, first service id, then message. */
    public List<Finding> findings() {
        return findings;
    }

    /** The findings that concern a service (it is among their services), in the order of {@link #findings()}. */
    public List<Finding> findingsFor(String serviceId) {
        Map<String, List<Finding>> index = findingsByService;
        if (index == null) {
            index = indexFindings();
            findingsByService = index;
        }
        return index.getOrDefault(serviceId, List.of());
    }

    private Map<String, List<Finding>> indexFindings() {
        Map<String, List<Finding>> index = new HashMap<>();
        for (Finding f : findings) {
            for (String id : new TreeSet<>(f.services())) {
                index.computeIfAbsent(id, k -> new ArrayList<>()).add(f);
            }
        }
        index.replaceAll((id, list) -> List.copyOf(list));
        return Map.copyOf(index);
    }

    /** The members of each cycle, sorted by id; cycles sorted by their first member. */
    public List<List<String>> cycles() {
        return cycles;
    }

    /** Wave number to the ids restored in that wave, sorted; blocked and unaffected services are in no wave. */
    public SortedMap<Integer, List<String>> waves() {
        return waves;
    }

    /** The latest up time of any service the scenario takes down; {@code null} when none is scheduled. */
    public Duration makespan() {
        return makespan;
    }

    public Summary summary() {
        return summary;
    }

    /**
     * The blast radius of a service: every service that depends on it, directly or not, through hard
     * or soft dependencies, sorted by id. Never contains the service itself, even inside a cycle; empty
     * for an id the plan does not have. Computed on each call, not stored.
     */
    public SortedSet<String> impactOf(String serviceId) {
        int origin = indexOf(serviceId);
        TreeSet<String> impact = new TreeSet<>();
        if (origin < 0) {
            return Collections.unmodifiableSortedSet(impact);
        }
        boolean[] seen = new boolean[ids.length];
        int[] queue = new int[ids.length];
        int tail = 0;
        seen[origin] = true;
        queue[tail++] = origin;
        for (int head = 0; head < tail; head++) {
            for (int dependent : dependents[queue[head]]) {
                if (!seen[dependent]) {
                    seen[dependent] = true;
                    queue[tail++] = dependent;
                    impact.add(ids[dependent]);
                }
            }
        }
        return Collections.unmodifiableSortedSet(impact);
    }

    private int indexOf(String serviceId) {
        return serviceId == null ? -1 : Arrays.binarySearch(ids, serviceId);
    }
}
