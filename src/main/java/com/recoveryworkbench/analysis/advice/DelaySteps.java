package com.recoveryworkbench.analysis.advice;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The rungs a declaration delay is shortened along: 0, 5m, 15m, 30m, 1h, 2h, 4h, 8h, 1d, 2d, 3d, 7d.
 * One step down is the next lower rung, which is a change a team can picture (a pager instead of a
 * morning meeting), unlike an arbitrary percentage.
 */
final class DelaySteps {
    private static final List<Duration> RUNGS = List.of(Duration.ZERO, Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2),
            Duration.ofHours(4), Duration.ofHours(8), Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(3),
            Duration.ofDays(7));

    private DelaySteps() {
    }

    /** The highest rung below {@code delay}; empty when the delay is already zero. */
    static Optional<Duration> below(Duration delay) {
        Duration lower = null;
        for (Duration rung : RUNGS) {
            if (rung.compareTo(delay) < 0) {
                lower = rung;
            }
        }
        return Optional.ofNullable(lower);
    }
}
