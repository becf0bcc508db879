package com.recoveryworkbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** {@link IsoDurations} reads every text as {@link Duration#parse} does. */
class IsoDurationsTest {
    @Test
    void handPickedTexts() {
        assertEquals(Duration.ofSeconds(5400), IsoDurations.parse("PT1H30M"));
        assertEquals(Duration.ofSeconds(3600 + 2 * 60 + 3), IsoDurations.parse("PT1H2M3S"));
        assertEquals(Duration.ZERO, IsoDurations.parse("PT0S"));
        assertEquals(Duration.ofHours(2), IsoDurations.parse("PT02H"));
        assertEquals(Duration.ofDays(2), IsoDurations.parse("P2D"));
        assertEquals(Duration.ofMillis(1500), IsoDurations.parse("PT1.5S"));
        assertEquals(Duration.ofMinutes(-5), IsoDurations.parse("PT-5M"));
        assertEquals(Duration.ofHours(1234567890), IsoDurations.parse("PT1234567890H"));
        assertThrows(DateTimeParseException.class, () -> IsoDurations.parse("PT"));
        assertThrows(DateTimeParseException.class, () -> IsoDurations.parse("PT5M1H"));
        assertThrows(DateTimeParseException.class, () -> IsoDurations.parse("PT5"));
        assertThrows(DateTimeParseException.class, () -> IsoDurations.parse("40 minutes"));
    }

    @Property
    void readsAsDurationParseDoes(@ForAll @StringLength(max = 14) @NumericChars
                                  @Chars({'P', 'T', 'H', 'M', 'S', 'D', '.', '-', 'h', 'm'}) String tail) {
        String text = "PT" + tail;
        Duration expected;
        try {
            expected = Duration.parse(text);
        } catch (DateTimeParseException e) {
            assertThrows(DateTimeParseException.class, () -> IsoDurations.parse(text), text);
            return;
        }
        assertEquals(expected, IsoDurations.parse(text), text);
    }
}
