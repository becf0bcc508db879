package com.recoveryworkbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999999999", "1000000000", "0001000000000.5", "999999999d", "PT99999999999999H"})
    void aDurationBeyondAnyPlanIsRefusedWithAMessage(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parse(text));

        assertEquals(true, e.getMessage().contains("366 days"), e.getMessage());
    }

    @Test
    void tooManyDigitsSayTooLong() {
        assertEquals("'99999999999999999999' is too long: at most 366 days",
                assertThrows(IllegalArgumentException.class, () -> Durations.parse("99999999999999999999")).getMessage());
    }

    /** 0.025 minutes are exactly 1.5 s (rounded up); the cut after nine decimals must not change that. */
    @ParameterizedTest
    @CsvSource({"0.025, 2", "0.0249999999999, 1", "0.02500000000001, 2", "2.5, 150", "000040, 2400", "527040, 31622400"})
    void minutesRoundToTheNearestSecond(String text, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), Durations.parse(text));
    }

    @Test
    void aMegabyteOfDigitsIsRefusedAtOnce() {
        String digits = "1".repeat(1_000_000);
        String fraction = "1." + "3".repeat(1_000_000);

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThrows(IllegalArgumentException.class, () -> Durations.parse(digits));
            assertEquals(Duration.ofSeconds(80), Durations.parse(fraction));
        });
    }

    @Test
    void aLongInvalidTextIsQuotedShort() {
        String message = assertThrows(IllegalArgumentException.class, () -> Durations.parse("x".repeat(100_000)))
                .getMessage();

        assertEquals(true, message.length() < 200, message);
    }
}
