package com.recoveryworkbench.analysis.advice;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Fix first: tries candidate changes of a plan one at a time, re-analyses the plan with each in every
 * scenario asked about, and ranks them by misses cleared, then lateness removed, then cost avoided.
 * What is tried is listed by {@link CandidateChanges}; a change that makes anything worse in any of
 * those scenarios ({@link Measurement#worsenedBy}) or improves nothing is left out. Relaxed targets come
 * last whatever they clear: they are policy decisions, never fixes.
 *
 * <p>Stateless and thread-safe; the same plan and scenarios always give equal advice. Candidates are
 * measured in parallel (the common fork-join pool), so call it off the JavaFX thread.
 */
public final class Advisor {
    private static final Comparator<Candidate> RANKING = Comparator
            .comparing((Candidate c) -> c.change().isPolicy())
            .thenComparing(Comparator.comparingInt(Candidate::missesCleared).reversed())
            .thenComparing(Comparator.comparingLong(Candidate::latenessRemovedSeconds).reversed())
            .thenComparing(Candidate::costAvoided, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(c -> CandidateChanges.TYPES.indexOf(c.change().type()))
            .thenComparing(c -> c.change().toString());

    /** Advice over the given scenarios (at least one; they need not be the plan's own). */
    public Advice advise(Plan plan, List<Scenario> scenarios) {
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("advice needs at least one scenario");
        }
        Measurement before = Measurement.of(plan, scenarios);
        LateChains chains = LateChains.of(before.analyses());
        List<Proposal> proposals = new CandidateChanges(plan, scenarios, chains).propose();
        List<Candidate> candidates = new ArrayList<>(proposals.parallelStream()
                .map(p -> measure(plan, scenarios, before, p))
                .filter(Objects::nonNull)
                .toList());
        candidates.sort(RANKING);
        return new Advice(scenarios.stream().map(Scenario::id).toList(), before.outcome(), candidates);
    }

    /** The candidate, or {@code null} when it helps nothing or, for a fix, makes anything worse. */
    private static Candidate measure(Plan plan, List<Scenario> scenarios, Measurement before, Proposal proposal) {
        Measurement after = Measurement.of(proposal.change().applyTo(plan), scenarios);
        Candidate candidate = new Candidate(proposal.change(), before.outcome(), after.outcome(),
                proposal.requirements());
        if (!candidate.helps() || (!proposal.change().isPolicy() && before.worsenedBy(after))) {
            return null;
        }
        return candidate;
    }

    /** A change worth measuring, with the requirements it was derived from. */
    record Proposal(PlanChange change, List<Requirement> requirements) {
        Proposal(PlanChange change) {
            this(change, List.of());
        }
    }
}
