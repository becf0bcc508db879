package com.recoveryworkbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A service's restore range: how it is typed, what it refuses, and what a new restore time does to it. */
class RestoreTimeRangeTest {
    private static final RestoreTimeRange HALF_TO_ONE_HOUR = new RestoreTimeRange(Duration.ofMinutes(30), Duration.ofHours(1));

    @Test
    void readsTheTypedFormsWithEitherDashOrTwoDots() {
        assertEquals(HALF_TO_ONE_HOUR, RestoreTimeRange.parse("30m–1h"));
        assertEquals(HALF_TO_ONE_HOUR, RestoreTimeRange.parse(" 30 - 1h0m "));
        assertEquals(HALF_TO_ONE_HOUR, RestoreTimeRange.parse("PT30M..PT1H"));
        assertEquals("30m–1h", RestoreTimeRange.format(HALF_TO_ONE_HOUR));
        assertEquals("", RestoreTimeRange.format(null));
    }

    @Test
    void refusesOneEndABackwardsRangeAndZero() {
        assertEquals("a restore range is two durations, the shortest and the longest, such as 30m–1h",
                assertThrows(IllegalArgumentException.class, () -> RestoreTimeRange.parse("40m")).getMessage());
        assertEquals("the shortest restore time 1h is longer than the longest 30m",
                assertThrows(IllegalArgumentException.class, () -> RestoreTimeRange.parse("1h–30m")).getMessage());
        assertEquals("the shortest restore time must be more than zero, was 0s",
                assertThrows(IllegalArgumentException.class, () -> RestoreTimeRange.parse("0–30m")).getMessage());
    }

    @Test
    void aServiceRefusesARangeThatMissesItsRestoreTime() {
        Service.Builder db = Service.builder("db", ServiceKind.DATABASE).restoreTimeRange(HALF_TO_ONE_HOUR);

        assertEquals("the restore time 20m is outside the restore range 30m–1h", assertThrows(
                IllegalArgumentException.class, () -> db.restoreTime(Duration.ofMinutes(20)).build()).getMessage());
        assertEquals("a restore range needs a restore time (the likely value) within it", assertThrows(
                IllegalArgumentException.class, () -> db.restoreTime(null).build()).getMessage());
        assertEquals(HALF_TO_ONE_HOUR, db.restoreTime(Duration.ofHours(1)).build().restoreTimeRange());
    }

    @Test
    void aNewRestoreTimeKeepsTheRangeOnlyWhileItIsInside() {
        Service db = Service.builder("db", ServiceKind.DATABASE).restoreTime(Duration.ofMinutes(40))
                .restoreTimeRange(HALF_TO_ONE_HOUR).build();

        assertEquals(HALF_TO_ONE_HOUR, db.withRestoreTime(Duration.ofMinutes(30)).restoreTimeRange());
        assertNull(db.withRestoreTime(Duration.ofMinutes(29)).restoreTimeRange());
        assertNull(db.withRestoreTime(null).restoreTimeRange());
    }
}
