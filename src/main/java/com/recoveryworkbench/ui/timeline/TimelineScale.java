package com.recoveryworkbench.ui.timeline;

import java.time.Duration;
import java.util.List;

/**
 * Maps time since the outage to x on the timeline, between {@code left} (time 0) and {@code right}
 * ({@code end}), and picks a tick step that keeps labels apart. Pure; no JavaFX.
 */
record TimelineScale(Duration end, double left, double right) {
    private static final List<Duration> STEPS = List.of(Duration.ofSeconds(30), Duration.ofMinutes(1),
            Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(15),
            Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(6),
            Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(7), Duration.ofDays(30));

    double x(Duration at) {
        double seconds = Math.max(1, end.getSeconds());
        return left + (right - left) * at.getSeconds() / seconds;
    }

    /** The smallest step whose ticks are at least {@code minGap} pixels apart. */
    Duration tickStep(double minGap) {
        for (Duration step : STEPS) {
            if (x(step) - left >= minGap) {
                return step;
            }
        }
        return STEPS.get(STEPS.size() - 1);
    }
}
