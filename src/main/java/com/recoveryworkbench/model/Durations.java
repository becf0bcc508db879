package com.recoveryworkbench.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people type and read them. Every duration in a plan has second precision and lies
 * between zero and {@link #MAX}; anything longer is a typo, not a recovery plan.
 */
public final class Durations {

    /** The longest duration a plan accepts: a year. */
    public static final Duration MAX = Duration.ofDays(366);

    private static final Pattern COMPACT =
            Pattern.compile("(?:(\\d+)d)?\\s*(?:(\\d+)h)?\\s*(?:(\\d+)m)?\\s*(?:(\\d+)s)?");
    private static final Pattern MINUTES = Pattern.compile("\\d+(?:\\.\\d+)?");
    /** 366 days are 527,040 minutes: more digits than this is too long whatever they are. */
    private static final int MAX_MINUTE_DIGITS = 9;
    private static final int QUOTED_MAX = 40;

    private Durations() {
    }

    /**
     * Parses a plain number of minutes ({@code 40}, {@code 2.5}), a compact form ({@code 9m11s},
     * {@code 1h30m}, {@code 45s}, {@code 2d}) or ISO-8601 ({@code PT20M}). Fractions of a second are
     * rounded to the nearest second.
     *
     * @throws IllegalArgumentException with a message a person can act on
     */
    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a duration is required, such as 40m, 1h30m or 9m11s");
        }
        String s = text.trim().toLowerCase(Locale.ROOT);
        Duration result;
        if (MINUTES.matcher(s).matches()) {
            result = parseMinutes(s, text);
        } else if (s.startsWith("p") || s.startsWith("-p")) {
            result = parseIso(text.trim());
        } else {
            result = parseCompact(s, text);
        }
        return requireValid(result, "duration");
    }

    private static Duration parseMinutes(String s, String original) {
        // Judged by its digits before any arithmetic: 99999999999999999999 minutes would overflow a
        // long, and a megabyte of digits would cost BigDecimal real time for a value we refuse anyway.
        int point = s.indexOf('.');
        String whole = (point < 0 ? s : s.substring(0, point)).replaceFirst("^0+", "");
        if (whole.length() > MAX_MINUTE_DIGITS) {
            throw tooLong(original);
        }
        // Cutting the fraction after nine digits never changes the rounded second: every half second is a
        // multiple of 1/40 minute, which needs three decimals.
        String fraction = point < 0 ? "" : s.substring(point, Math.min(s.length(), point + 1 + MAX_MINUTE_DIGITS));
        BigDecimal minutes = new BigDecimal((whole.isEmpty() ? "0" : whole) + fraction);
        return Duration.ofSeconds(minutes.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP)
                .longValueExact());
    }

    private static IllegalArgumentException tooLong(String original) {
        return new IllegalArgumentException(quoted(original) + " is too long: at most " + MAX.toDays() + " days");
    }

    /** The text as a message shows it, cut so that a megabyte typed into a cell stays a one-line message. */
    private static String quoted(String original) {
        String trimmed = original.trim();
        return "'" + (trimmed.length() > QUOTED_MAX ? trimmed.substring(0, QUOTED_MAX) + "…" : trimmed) + "'";
    }

    private static Duration parseIso(String text) {
        try {
            Duration d = Duration.parse(text.toUpperCase(Locale.ROOT));
            return d.getNano() >= 500_000_000 ? d.withNanos(0).plusSeconds(1) : d.withNanos(0);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(quoted(text) + " is not an ISO-8601 duration such as PT20M");
        }
    }

    private static Duration parseCompact(String s, String original) {
        Matcher m = COMPACT.matcher(s);
        if (s.isEmpty() || !m.matches() || (m.group(1) == null && m.group(2) == null && m.group(3) == null
                && m.group(4) == null)) {
            throw new IllegalArgumentException(quoted(original)
                    + " is not a duration: write minutes (40), a compact form (1h30m, 9m11s) or ISO-8601 (PT20M)");
        }
        try {
            return Duration.ofDays(number(m.group(1))).plusHours(number(m.group(2)))
                    .plusMinutes(number(m.group(3))).plusSeconds(number(m.group(4)));
        } catch (ArithmeticException e) {
            throw tooLong(original);
        }
    }

    private static long number(String digits) {
        if (digits == null) {
            return 0;
        }
        if (digits.length() > 9) {
            throw new ArithmeticException("too many digits");
        }
        return Long.parseLong(digits);
    }

    /**
     * Formats for people, in the compact form {@link #parse} reads back: {@code 0s}, {@code 45s},
     * {@code 40m}, {@code 9m11s}, {@code 1h30m}, {@code 2d4h}.
     */
    public static String format(Duration d) {
        if (d == null) {
            return "";
        }
        long total = d.getSeconds();
        if (total == 0) {
            return "0s";
        }
        StringBuilder out = new StringBuilder();
        if (total < 0) {
            out.append('-');
            total = -total;
        }
        append(out, total / 86_400, "d");
        append(out, total % 86_400 / 3600, "h");
        append(out, total % 3600 / 60, "m");
        append(out, total % 60, "s");
        return out.toString();
    }

    private static void append(StringBuilder out, long value, String unit) {
        if (value != 0) {
            out.append(value).append(unit);
        }
    }

    /**
     * Checks that a duration a plan holds is whole seconds, not negative and at most {@link #MAX};
     * {@code null} (unknown) passes.
     *
     * @param what names the field in the message ("restore time")
     */
    public static Duration requireValid(Duration d, String what) {
        if (d == null) {
            return null;
        }
        if (d.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative, was " + format(d));
        }
        if (d.compareTo(MAX) > 0) {
            throw new IllegalArgumentException(what + " must be at most 366 days, was " + format(d));
        }
        if (d.getNano() != 0) {
            throw new IllegalArgumentException(what + " must be whole seconds");
        }
        return d;
    }
}
