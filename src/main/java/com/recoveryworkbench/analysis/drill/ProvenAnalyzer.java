package com.recoveryworkbench.analysis.drill;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.analysis.ScenarioAnalyses;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Builds the {@link ProvenView} of a plan as of a date. The proven analysis is the ordinary recovery
 * analysis run on the plan with each service's restore time replaced by the time its latest drill
 * measured; a latest result without a measurement (a failed restore) leaves the planned time, and the
 * failure becomes a finding. Every drill counts as a drill of the whole plan (the built-in scenario,
 * everything lost), whichever scenario it exercised, and both analyses answer that scenario.
 * Stateless and thread-safe; never reads the clock.
 */
public final class ProvenAnalyzer {
    private final RecoveryAnalyzer analyzer = new RecoveryAnalyzer();

    public ProvenView analyze(Plan plan, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        EvidenceIndex evidence = EvidenceIndex.of(plan);
        Plan measuredPlan = withMeasuredTimes(plan, evidence);
        Analysis planned = analyzer.analyze(plan);
        Analysis proven = measuredPlan == plan ? planned : analyzer.analyze(measuredPlan);
        return view(plan, asOf, evidence, measuredPlan, planned, proven);
    }

    /**
     * Every scenario of the plan, planned and proven, with the proven view of the whole plan: what the
     * window keeps so its Planned | Proven switch and scenario picker only pick among analyses already
     * made. A plan whose drills measured nothing analyses once: its proven analyses are the planned ones.
     */
    public DrillAnalyses analyzeAll(Plan plan, LocalDate asOf) {
        return analyzeAll(plan, asOf, analyzer::analyzeAll);
    }

    /** As {@link #analyzeAll(Plan, LocalDate)}, analysing every scenario of a plan with {@code analyzeAll}. */
    public DrillAnalyses analyzeAll(Plan plan, LocalDate asOf, Function<Plan, ScenarioAnalyses> analyzeAll) {
        Objects.requireNonNull(asOf, "asOf");
        EvidenceIndex evidence = EvidenceIndex.of(plan);
        Plan measuredPlan = withMeasuredTimes(plan, evidence);
        ScenarioAnalyses planned = analyzeAll.apply(plan);
        ScenarioAnalyses proven = measuredPlan == plan ? planned : analyzeAll.apply(measuredPlan);
        ProvenView view = view(plan, asOf, evidence, measuredPlan, planned.total(), proven.total());
        return new DrillAnalyses(planned, proven, view);
    }

    private static ProvenView view(Plan plan, LocalDate asOf, EvidenceIndex evidence, Plan measuredPlan,
                                   Analysis planned, Analysis proven) {
        List<ProvenResult> results = new ArrayList<>(plan.serviceCount());
        for (ServiceResult p : planned.results()) {
            ServiceResult m = proven.result(p.id()).orElseThrow();
            results.add(new ProvenResult(p.id(), p.up(), m.up(), evidence.latest(p.id()).orElse(null)));
        }
        CadenceCheck cadence = CadenceCheck.of(plan, evidence, asOf);
        // Explanations are worded on request: a whole plan's worth of chains costs more than both analyses.
        ProvenExplanation explanation = new ProvenExplanation(measuredPlan, evidence,
                plan.settings().declarationDelay());
        return new ProvenView(asOf, planned, proven, results, DrillFindings.of(plan, evidence, cadence), cadence,
                explanation);
    }

    /**
     * The proven analysis alone, as {@link ProvenView#proven()} holds it: no findings about the drills
     * and no cadence, so no date is needed. For comparing what two versions of a plan have proven.
     */
    public Analysis analyzeProven(Plan plan) {
        return analyzer.analyze(withMeasuredTimes(plan, EvidenceIndex.of(plan)));
    }

    /** The plan with each measured service's restore time set to its latest measurement. */
    static Plan withMeasuredTimes(Plan plan, EvidenceIndex evidence) {
        List<Service> measured = new ArrayList<>();
        for (Service service : plan.services()) {
            evidence.latest(service.id()).filter(e -> e.measured() != null)
                    .ifPresent(e -> measured.add(service.withRestoreTime(e.measured())));
        }
        return measured.isEmpty() ? plan : plan.withServices(measured);
    }
}
