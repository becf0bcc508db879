package com.recoveryworkbench.analysis.drill;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One service in the proven view: when the plan says it is up, when the drills say it is up, and the
 * evidence behind its own time. Immutable.
 *
 * @param plannedUp   up time from the plan's restore times; {@code null} when blocked by a cycle
 * @param provenUp    up time with each service's latest measured restore (everything lost); {@code null}
 *                    when blocked
 * @param evidence    the service's latest drill result, whichever action it timed; {@code null} when no
 *                    drill covered it
 * @see ProvenView#explain(String) the sentence that says why the service is up when it is
 */
public record ProvenResult(String id, Duration plannedUp, Duration provenUp, Evidence evidence) {

    public ProvenResult {
        Objects.requireNonNull(id, "id");
    }

    /** Proven minus planned up time: positive when the drills show the plan is optimistic; empty when blocked. */
    public Optional<Duration> difference() {
        return plannedUp == null || provenUp == null ? Optional.empty() : Optional.of(provenUp.minus(plannedUp));
    }

    public Optional<Evidence> latestEvidence() {
        return Optional.ofNullable(evidence);
    }
}
