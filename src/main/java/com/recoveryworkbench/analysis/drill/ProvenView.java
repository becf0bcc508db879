package com.recoveryworkbench.analysis.drill;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.ServiceResult;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole plan (everything lost) as the drills prove it, beside the plan as it claims: two full
 * analyses of the total scenario (planned, and proven with each service's latest measured restore), one
 * {@link ProvenResult} per service, the drill findings about restores and failovers alike, and the
 * cadence check, all as of one date. The proven analyses of the other scenarios are in
 * {@link DrillAnalyses}. Immutable and safe to read from any thread, so
 * a view-model can build it on a worker and publish it on the FX thread.
 */
public final class ProvenView {
    private final LocalDate asOf;
    private final Analysis planned;
    private final Analysis proven;
    private final List<ProvenResult> results;
    private final Map<String, ProvenResult> byId;
    private final List<Finding> findings;
    private final CadenceCheck cadence;
    private final ProvenExplanation explanation;

    ProvenView(LocalDate asOf, Analysis planned, Analysis proven, List<ProvenResult> results, List<Finding> findings,
               CadenceCheck cadence, ProvenExplanation explanation) {
        this.asOf = asOf;
        this.planned = planned;
        this.proven = proven;
        this.results = List.copyOf(results);
        this.byId = this.results.stream().collect(Collectors.toUnmodifiableMap(ProvenResult::id, Function.identity()));
        this.findings = List.copyOf(findings);
        this.cadence = cadence;
        this.explanation = explanation;
    }

    /** The date everything date-dependent was judged as of. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The analysis of the plan's own restore times. */
    public Analysis planned() {
        return planned;
    }

    /**
     * The total scenario's analysis with each service's latest measured restore in place of its restore
     * time (the planned one where no drill measured it): its verdicts and findings are what the drills
     * prove. A measured failover does not count here: nothing fails over when everything is lost.
     */
    public Analysis proven() {
        return proven;
    }

    /** One result per service of the plan, sorted by id. */
    public List<ProvenResult> results() {
        return results;
    }

    public Optional<ProvenResult> result(String serviceId) {
        return Optional.ofNullable(byId.get(serviceId));
    }

    /** The drill findings ({@link DrillFindings}), errors first. */
    public List<Finding> findings() {
        return findings;
    }

    public CadenceCheck cadence() {
        return cadence;
    }

    /**
     * Why a service is up when it is in the proven view, naming the measured steps of the chain that
     * sets its time: "Checkout is up at 1h7m proven (52m planned): Legacy order DB measured 55m in the
     * 2026-10-03 drill → Auth 4m → Checkout 8m". Worded on each call, from any thread; empty when the
     * service is blocked or not in the plan.
     */
    public String explain(String serviceId) {
        ProvenResult result = byId.get(serviceId);
        return result == null ? "" : explanation.of(proven, serviceId, result.plannedUp());
    }

    /** As {@link #explain(String)}, for the planned and proven analyses of one scenario of the same plan. */
    String explain(Analysis plannedInScenario, Analysis provenInScenario, String serviceId) {
        Duration plannedUp = plannedInScenario.result(serviceId).map(ServiceResult::up).orElse(null);
        return explanation.of(provenInScenario, serviceId, plannedUp);
    }
}
