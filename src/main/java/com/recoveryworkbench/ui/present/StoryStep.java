package com.recoveryworkbench.ui.present;

import com.recoveryworkbench.analysis.Verdict;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One step of a {@link RestoreStory}. Immutable; no {@code null} except where a component says so.
 *
 * @param kind     declared (nothing restored yet), one wave, or the final step of the services never restored
 * @param wave     the wave this step shows (1…), 0 for the other kinds
 * @param clock    time since the outage at the end of this step (see {@link RestoreStory} for how it is chosen)
 * @param restored ids of every service up by the end of this step, sorted
 * @param arrivals the services this step is about: those of its wave, or the blocked ones for
 *                 {@link Kind#NEVER_RESTORED}; by up time, then id
 * @param callouts the misses of this step with the analysis's explanation: RTO and RPO misses of the
 *                 wave's services, or the cycles and RPO misses of the blocked ones
 * @param tiers    each tier that has services, most urgent RTO target first, with how many are up
 */
public record StoryStep(Kind kind, int wave, Duration clock, SortedSet<String> restored, List<Arrival> arrivals,
                        List<Callout> callouts, List<TierClock> tiers) {

    public enum Kind { DECLARED, WAVE, NEVER_RESTORED }

    public StoryStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(clock, "clock");
        restored = Collections.unmodifiableSortedSet(new TreeSet<>(restored));
        arrivals = List.copyOf(arrivals);
        callouts = List.copyOf(callouts);
        tiers = List.copyOf(tiers);
    }

    /**
     * A service this step shows. {@code up} is {@code null} for a service that is never restored;
     * {@code rtoTarget} is {@code null} when it has none.
     */
    public record Arrival(String serviceId, String name, Duration up, Duration rtoTarget, Verdict compliance) {
    }

    /** A miss called out: {@code rule} is a {@link com.recoveryworkbench.analysis.Finding} rule code. */
    public record Callout(String serviceId, String name, String rule, String message) {
    }

    /**
     * A tier judged by its own services: {@code restored} of its {@code total} services are up, and
     * {@code late} of those came up after their RTO target (a service's own target where it
     * overrides the tier's). The story's clock is the latest up time of any tier, so it says nothing
     * about one tier on its own.
     */
    public record TierClock(String tierId, String name, Duration rtoTarget, int restored, int total, int late) {
    }
}
