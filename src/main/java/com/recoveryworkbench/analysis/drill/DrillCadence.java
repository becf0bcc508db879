package com.recoveryworkbench.analysis.drill;

import java.time.Duration;
import java.time.LocalDate;

/**
 * Calendar arithmetic of drill cadences. A cadence counts whole days (a part of a day counts as a
 * whole one, so "every 36 hours" means every 2 days); a drill on day D with a cadence of N days keeps
 * the evidence current up to and including day D + N, and it is overdue from the day after. Days are
 * calendar days, so month ends and leap days fall where the calendar puts them: 2024-01-31 plus 30
 * days is 2024-03-01, while 2023-01-31 plus 30 days is 2023-03-02.
 */
public final class DrillCadence {
    private static final long SECONDS_PER_DAY = 86_400;

    private DrillCadence() {
    }

    /** The cadence in whole days, rounded up; at least one day for any cadence above zero. */
    public static long days(Duration cadence) {
        return Math.floorDiv(cadence.getSeconds() + SECONDS_PER_DAY - 1, SECONDS_PER_DAY);
    }

    /** The last day on which a drill of {@code drillDate} still counts. */
    public static LocalDate lastCurrentDay(LocalDate drillDate, Duration cadence) {
        return drillDate.plusDays(days(cadence));
    }

    /** Whether a drill of {@code drillDate} still counts on {@code asOf}. */
    public static boolean isCurrent(LocalDate drillDate, Duration cadence, LocalDate asOf) {
        return !asOf.isAfter(lastCurrentDay(drillDate, cadence));
    }
}
