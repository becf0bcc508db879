package com.recoveryworkbench.analysis.drill;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether one service's drill evidence is current as of a date, for a service whose tier asks for a
 * drill every {@code cadence}. Immutable.
 *
 * @param drilled       whether any drill covered the service, whatever its outcome
 * @param lastRecovered the latest drill the service fully recovered in; {@code null} when none
 * @param current       whether {@code lastRecovered} is within the cadence as of the date
 */
public record CadenceStatus(String service, String tier, Duration cadence, boolean drilled, Evidence lastRecovered,
                            boolean current) {

    public CadenceStatus {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(cadence, "cadence");
    }

    /** The last day the evidence counts; empty when the service never recovered in a drill. */
    public Optional<LocalDate> lastCurrentDay() {
        return Optional.ofNullable(lastRecovered).map(e -> DrillCadence.lastCurrentDay(e.date(), cadence));
    }
}
