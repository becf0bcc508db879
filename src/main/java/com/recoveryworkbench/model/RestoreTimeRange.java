package com.recoveryworkbench.model;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How short and how long a service's restore may take, beside its likely {@link Service#restoreTime()}:
 * the shortest and longest restore its people believe possible. Both are more than zero and
 * {@code min ≤ max}; the likely value lies between them (the {@link Service} checks that). The
 * uncertainty analysis draws restore times from a PERT distribution over (min, likely, max).
 */
public record RestoreTimeRange(Duration min, Duration max) {
    /** The separators a typed range may use: an en dash, a hyphen or two dots ("30m–1h", "30m-1h", "30m..1h"). */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:–|-|\\.\\.)\\s*");

    public RestoreTimeRange {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        requirePositive(min, "the shortest restore time");
        requirePositive(max, "the longest restore time");
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("the shortest restore time " + Durations.format(min)
                    + " is longer than the longest " + Durations.format(max));
        }
    }

    private static void requirePositive(Duration d, String what) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be more than zero, was " + Durations.format(d));
        }
    }

    /** Whether {@code likely} lies within the range, both ends included. */
    public boolean contains(Duration likely) {
        return likely.compareTo(min) >= 0 && likely.compareTo(max) <= 0;
    }

    /**
     * Reads a typed range such as "30m–1h5m" (each end as {@link Durations#parse(String)} takes it).
     *
     * @throws IllegalArgumentException saying what is wrong, when the text is not two durations or they
     *                                  do not make a range
     */
    public static RestoreTimeRange parse(String text) {
        String[] ends = text == null ? new String[0] : SEPARATOR.split(text.strip(), -1);
        if (ends.length != 2 || ends[0].isBlank() || ends[1].isBlank()) {
            throw new IllegalArgumentException("a restore range is two durations, the shortest and the longest,"
                    + " such as 30m–1h");
        }
        return new RestoreTimeRange(Durations.parse(ends[0]), Durations.parse(ends[1]));
    }

    /** The range as people type it: "30m–1h5m"; {@code ""} for {@code null}. */
    public static String format(RestoreTimeRange range) {
        return range == null ? "" : Durations.format(range.min) + "–" + Durations.format(range.max);
    }
}
