package com.recoveryworkbench.model;

import java.math.BigDecimal;

/**
 * Checks and normalises a cost of downtime per hour: zero or more, at most {@link #MAX}, in whole
 * hundredths (cents), without trailing zeros ({@code 1250.50} becomes {@code 1250.5}), so equal
 * rates are equal values and a file written twice reads the same. The currency is the plan's
 * ({@link Settings#currency()}).
 */
public final class DowntimeRate {
    /** A trillion an hour: more than any business loses, small enough that sums never overflow a report. */
    public static final BigDecimal MAX = new BigDecimal("1000000000000");

    private DowntimeRate() {
    }

    /** @return {@code rate} normalised, or {@code null} for {@code null} (no rate known) */
    public static BigDecimal requireValid(BigDecimal rate, String what) {
        if (rate == null) {
            return null;
        }
        String problem = problem(rate);
        if (problem != null) {
            throw new IllegalArgumentException(what + " must be " + problem + ", was " + rate.toPlainString());
        }
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** What is wrong with {@code rate} ("zero or more", …), or {@code null} when it is a valid rate. */
    public static String problem(BigDecimal rate) {
        if (rate.signum() < 0) {
            return "zero or more";
        }
        if (rate.compareTo(MAX) > 0) {
            return "at most " + MAX.toPlainString();
        }
        if (rate.stripTrailingZeros().scale() > 2) {
            return "in whole hundredths (at most two decimals)";
        }
        return null;
    }
}
