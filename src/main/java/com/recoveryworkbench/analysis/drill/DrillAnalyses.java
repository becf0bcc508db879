package com.recoveryworkbench.analysis.drill;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.ScenarioAnalyses;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan analysed on both bases at once: every scenario as the plan claims ({@code planned}), every
 * scenario with the drills' measured times ({@code proven}), and the {@link ProvenView} of the whole
 * plan (per-service evidence, drill findings, the cadence check). Immutable and safe to read from any
 * thread. When no drill measured anything, {@code proven} is the same object as {@code planned}.
 */
public record DrillAnalyses(ScenarioAnalyses planned, ScenarioAnalyses proven, ProvenView view) {
    public DrillAnalyses {
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(proven, "proven");
        Objects.requireNonNull(view, "view");
    }

    /** The analyses on one basis. */
    public ScenarioAnalyses on(Basis basis) {
        return basis == Basis.PROVEN ? proven : planned;
    }

    /**
     * Why a service is up when it is in the proven analysis of a scenario, each step of its chain named
     * by what the scenario makes it do and what the drills measured for that ("Cart DB (EU) failed over
     * in 15m in the 2026-11-21 drill"); empty when the plan has no such scenario or service, or the
     * service has no up time there.
     */
    public String explain(String scenarioId, String serviceId) {
        Optional<Analysis> plannedIn = planned.of(scenarioId);
        Optional<Analysis> provenIn = proven.of(scenarioId);
        return plannedIn.isEmpty() || provenIn.isEmpty() ? ""
                : view.explain(plannedIn.get(), provenIn.get(), serviceId);
    }

}
