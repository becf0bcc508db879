package com.recoveryworkbench.io;

import java.time.Duration;

/**
 * Reads ISO-8601 durations exactly as {@link Duration#parse} does, the form plan files hold
 * ({@code "PT1H30M"}) without its regular expression: a 10,000-service plan has 40,000 durations, and
 * a cold JVM runs a regular expression slowly. Stateless.
 */
final class IsoDurations {
    private static final long[] UNIT_SECONDS = {0, 3600, 60, 1};
    /** Nine digits a number at most: 999,999,999 hours still fit a long of seconds many times over. */
    private static final int MAX_DIGITS = 9;

    private IsoDurations() {
    }

    /** @throws java.time.format.DateTimeParseException as {@link Duration#parse} throws it */
    static Duration parse(String text) {
        Duration plain = hoursMinutesSeconds(text);
        return plain != null ? plain : Duration.parse(text);
    }

    /**
     * {@code PT}, then at least one of whole hours {@code H}, minutes {@code M} and seconds {@code S} in
     * that order; {@code null} for anything else (days, fractions, signs, lower case), which
     * {@link Duration#parse} then reads or refuses.
     */
    private static Duration hoursMinutesSeconds(String text) {
        if (text.length() < 4 || !text.startsWith("PT")) {
            return null;
        }
        long seconds = 0;
        int lastUnit = 0;
        int i = 2;
        while (i < text.length()) {
            int start = i;
            long number = 0;
            while (i < text.length() && i - start < MAX_DIGITS && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                number = number * 10 + (text.charAt(i) - '0');
                i++;
            }
            if (i == start || i == text.length()) {
                return null;
            }
            int unit = switch (text.charAt(i++)) {
                case 'H' -> 1;
                case 'M' -> 2;
                case 'S' -> 3;
                default -> 0;
            };
            if (unit <= lastUnit) {
                return null;
            }
            lastUnit = unit;
            seconds += number * UNIT_SECONDS[unit];
        }
        return Duration.ofSeconds(seconds);
    }
}
