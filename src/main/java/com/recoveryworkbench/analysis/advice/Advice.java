package com.recoveryworkbench.analysis.advice;

import java.util.List;

/**
 * The ranked candidates for one plan: fixes first (most misses cleared, then most lateness removed,
 * then most cost avoided), then relaxed targets, which are policy decisions. {@code before} is the plan
 * as it is, over {@code scenarioIds}. Immutable.
 */
public record Advice(List<String> scenarioIds, Outcome before, List<Candidate> candidates) {
    public Advice {
        scenarioIds = List.copyOf(scenarioIds);
        candidates = List.copyOf(candidates);
    }

    /** The first {@code n} candidates. */
    public List<Candidate> top(int n) {
        return candidates.subList(0, Math.min(n, candidates.size()));
    }
}
