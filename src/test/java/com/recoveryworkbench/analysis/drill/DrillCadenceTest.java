package com.recoveryworkbench.analysis.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DrillCadenceTest {
    private static final Duration DAYS_30 = Duration.ofDays(30);

    @Test
    void aPartDayCountsAsAWholeDay() {
        assertEquals(2, DrillCadence.days(Duration.ofHours(36)));
        assertEquals(1, DrillCadence.days(Duration.ofSeconds(1)));
        assertEquals(90, DrillCadence.days(Duration.ofHours(2160)));
        assertEquals(0, DrillCadence.days(Duration.ZERO));
    }

    @Test
    void thirtyDaysFromJanuaryTheThirtyFirstCrossesFebruaryAsTheCalendarDoes() {
        // 2024 is a leap year: 29 days of February, so Jan 31 + 30 = Mar 1; in 2023 it is Mar 2.
        assertEquals(LocalDate.of(2024, 3, 1), DrillCadence.lastCurrentDay(LocalDate.of(2024, 1, 31), DAYS_30));
        assertEquals(LocalDate.of(2023, 3, 2), DrillCadence.lastCurrentDay(LocalDate.of(2023, 1, 31), DAYS_30));
    }

    @Test
    void aYearFromALeapDayEndsOnTheLastDayOfFebruary() {
        assertEquals(LocalDate.of(2025, 2, 28),
                DrillCadence.lastCurrentDay(LocalDate.of(2024, 2, 29), Duration.ofDays(365)));
        // Across a leap day, 365 days fall one calendar day short of the same date.
        assertEquals(LocalDate.of(2024, 12, 31),
                DrillCadence.lastCurrentDay(LocalDate.of(2024, 1, 1), Duration.ofDays(365)));
    }

    @Test
    void ninetyDaysFromAMonthEndLandOnTheDayTheCalendarGives() {
        // Aug 31 + 90 days: 30 in Sep, 31 in Oct, 29 to Nov 29.
        assertEquals(LocalDate.of(2026, 11, 29),
                DrillCadence.lastCurrentDay(LocalDate.of(2026, 8, 31), Duration.ofDays(90)));
    }

    @Test
    void evidenceCountsUpToAndIncludingItsLastDay() {
        LocalDate drill = LocalDate.of(2024, 1, 31);
        assertTrue(DrillCadence.isCurrent(drill, DAYS_30, LocalDate.of(2024, 3, 1)));
        assertFalse(DrillCadence.isCurrent(drill, DAYS_30, LocalDate.of(2024, 3, 2)));
        assertTrue(DrillCadence.isCurrent(drill, DAYS_30, drill));
    }
}
