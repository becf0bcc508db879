package com.recoveryworkbench.ui.form;

import com.recoveryworkbench.analysis.RpoEstimate;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.io.export.VerdictLook;
import com.recoveryworkbench.model.Durations;
import java.time.Duration;

/**
 * The words and figures every panel shows for computed results, so the inspector, the table and the
 * timeline say the same thing the same way. Pure functions; {@code null} means "not computed" and
 * reads as {@link #NONE}.
 */
public final class Formats {
    /**
     * Inline style of a negative slack. Inline, because a recycled table cell must drop it again with
     * {@code setStyle("")}; its colour is the theme's looked-up {@code -rw-error}, so the dark theme's
     * lighter red reads on its dark rows (a fixed red there was about 2:1 against the background).
     */
    public static final String LATE_STYLE = "-fx-text-fill: -rw-error; -fx-font-weight: bold;";

    /** Shown where a figure does not exist (blocked service, no target). */
    public static final String NONE = "—";

    private Formats() {
    }

    /** {@code 9m11s}, or {@link #NONE} when unknown. */
    public static String duration(Duration d) {
        return d == null ? NONE : Durations.format(d);
    }

    /** A computed figure against its target: {@code 52m / 20m}. */
    public static String versus(Duration value, Duration target) {
        return duration(value) + " / " + duration(target);
    }

    /** Slack with its sign, so a miss reads at a glance: {@code +8m}, {@code -32m}, {@code 0s}. */
    public static String slack(Duration slack) {
        if (slack == null) {
            return NONE;
        }
        return slack.isNegative() || slack.isZero() ? Durations.format(slack) : "+" + Durations.format(slack);
    }

    /** The worst-case data loss alone: {@code 1h10m}, {@code unbounded}, {@code n/a}. */
    public static String rpo(RpoEstimate estimate) {
        if (estimate instanceof RpoEstimate.Bounded bounded) {
            return Durations.format(bounded.loss());
        }
        if (estimate instanceof RpoEstimate.Unbounded) {
            return "unbounded";
        }
        return estimate instanceof RpoEstimate.NotApplicable ? "n/a" : NONE;
    }

    /** Achievable RPO against the target: {@code 1h10m / 15m}, {@code unbounded / 15m}; {@code n/a} when stateless. */
    public static String rpoVersus(RpoEstimate estimate, Duration target) {
        if (estimate instanceof RpoEstimate.NotApplicable) {
            return "n/a";
        }
        return rpo(estimate) + " / " + duration(target);
    }

    /** Symbol and word of a verdict: {@code ✗ Missed}. */
    public static String compliance(Verdict compliance) {
        if (compliance == null) {
            return NONE;
        }
        VerdictLook look = VerdictLook.of(compliance);
        return look.symbol() + " " + look.label();
    }

    /** An enum constant as a word: {@code ASYNC_REPLICATION} reads "Async replication". */
    public static String word(Enum<?> constant) {
        String words = constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** "Nothing depends on it", "1 service depends on it", "5 services depend on it". */
    public static String impact(int dependents) {
        return switch (dependents) {
            case 0 -> "Nothing depends on it";
            case 1 -> "1 service depends on it";
            default -> dependents + " services depend on it";
        };
    }

    /** "No findings", "3 errors, 2 warnings, 1 info": counts of a findings list, zero counts left out. */
    public static String findingCounts(long errors, long warnings, long infos) {
        StringBuilder out = new StringBuilder();
        appendCount(out, errors, "error", "errors");
        appendCount(out, warnings, "warning", "warnings");
        appendCount(out, infos, "info", "infos");
        return out.length() == 0 ? "No findings" : out.toString();
    }

    private static void appendCount(StringBuilder out, long count, String one, String many) {
        if (count == 0) {
            return;
        }
        if (out.length() > 0) {
            out.append(", ");
        }
        out.append(count).append(' ').append(count == 1 ? one : many);
    }
}
