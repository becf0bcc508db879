package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.Scenario;

import java.util.List;
import java.util.Optional;

/**
 * The analyses of every scenario of one plan, in the order of the plan's scenarios (sorted by id),
 * the built-in total scenario among them. Immutable and safe to read from any thread; never empty.
 */
public final class ScenarioAnalyses {
    private final List<Analysis> analyses;

    ScenarioAnalyses(List<Analysis> analyses) {
        this.analyses = List.copyOf(analyses);
    }

    /** One analysis per scenario, sorted by scenario id. */
    public List<Analysis> all() {
        return analyses;
    }

    /** The scenarios analysed, sorted by id. */
    public List<Scenario> scenarios() {
        return analyses.stream().map(Analysis::scenario).toList();
    }

    /** The analysis of a scenario; empty when the plan has no scenario with that id. */
    public Optional<Analysis> of(String scenarioId) {
        return analyses.stream().filter(a -> a.scenario().id().equals(scenarioId)).findFirst();
    }

    /** The analysis of the built-in scenario in which everything is lost: the plan's own analysis. */
    public Analysis total() {
        return of(Scenario.TOTAL_ID).orElseThrow();
    }
}
