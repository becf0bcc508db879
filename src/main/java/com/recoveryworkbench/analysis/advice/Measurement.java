package com.recoveryworkbench.analysis.advice;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.analysis.cost.DowntimeCosts;
import com.recoveryworkbench.analysis.cost.ScenarioCost;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan analysed in every scenario of the advice: the {@link Outcome} and, per (scenario, service),
 * what is needed to tell whether a change made anything worse. Immutable.
 */
final class Measurement {
    private static final RecoveryAnalyzer ANALYZER = new RecoveryAnalyzer();

    private final List<Analysis> analyses;
    private final Outcome outcome;

    private Measurement(List<Analysis> analyses, Outcome outcome) {
        this.analyses = analyses;
        this.outcome = outcome;
    }

    static Measurement of(Plan plan, List<Scenario> scenarios) {
        List<Analysis> analyses = new ArrayList<>(scenarios.size());
        int misses = 0;
        long lateness = 0;
        Long makespan = null;
        BigDecimal cost = DowntimeCosts.hasRates(plan) ? BigDecimal.ZERO.setScale(2) : null;
        for (Scenario scenario : scenarios) {
            Analysis analysis = ANALYZER.analyze(plan, scenario);
            analyses.add(analysis);
            for (ServiceResult r : analysis.results()) {
                misses += r.verdict() == Verdict.MISSED ? 1 : 0;
                lateness += latenessOf(r);
            }
            if (analysis.makespan() != null) {
                makespan = Math.max(makespan == null ? 0 : makespan, analysis.makespan().getSeconds());
            }
            if (cost != null) {
                cost = cost.add(DowntimeCosts.of(plan, analysis).map(ScenarioCost::total).orElseThrow());
            }
        }
        return new Measurement(List.copyOf(analyses), new Outcome(misses, lateness, makespan, cost));
    }

    /** How many seconds past its RTO target a service is up; 0 when on time, blocked or without a target. */
    static long latenessOf(ServiceResult r) {
        return Boolean.FALSE.equals(r.rtoMet()) && r.up() != null
                ? Math.max(0, r.up().minus(r.rtoTarget()).getSeconds()) : 0;
    }

    Outcome outcome() {
        return outcome;
    }

    /** One analysis per scenario, in the order given. */
    List<Analysis> analyses() {
        return analyses;
    }

    /**
     * Whether {@code after} (the same plan changed) is worse than this anywhere: a longer makespan, a
     * higher cost, or a service in some scenario that is up later, meets a target it met before no more,
     * or gets a worse verdict.
     */
    boolean worsenedBy(Measurement after) {
        Outcome a = after.outcome;
        if (longer(a.makespanSeconds(), outcome.makespanSeconds())
                || (a.cost() != null && outcome.cost() != null && a.cost().compareTo(outcome.cost()) > 0)) {
            return true;
        }
        for (int s = 0; s < analyses.size(); s++) {
            List<ServiceResult> was = analyses.get(s).results();
            List<ServiceResult> now = after.analyses.get(s).results();
            for (int i = 0; i < was.size(); i++) {
                if (worse(was.get(i), now.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean worse(ServiceResult was, ServiceResult now) {
        boolean later = was.up() != null && (now.up() == null || now.up().compareTo(was.up()) > 0);
        return later || lost(was.rtoMet(), now.rtoMet()) || lost(was.rpoMet(), now.rpoMet())
                || rank(now.verdict()) > rank(was.verdict());
    }

    private static boolean lost(Boolean was, Boolean now) {
        return Boolean.TRUE.equals(was) && !Boolean.TRUE.equals(now);
    }

    private static boolean longer(Long now, Long was) {
        return now != null && (was == null || now > was);
    }

    /** Verdicts from best to worst for this purpose: missing data and blocked are worse than a miss. */
    private static int rank(Verdict v) {
        return switch (v) {
            case UNAFFECTED -> 0;
            case MEETS -> 1;
            case AT_RISK -> 2;
            case MISSED -> 3;
            case INCOMPLETE -> 4;
            case BLOCKED -> 5;
        };
    }
}
