package com.recoveryworkbench.ui.form;

import com.recoveryworkbench.analysis.RpoEstimate;
import com.recoveryworkbench.analysis.Verdict;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * Column comparators of the compliance table: durations and waves numerically, blanks ({@code null})
 * after every value in ascending order, verdicts worst first.
 */
public final class Sorting {
    /** Numeric, blanks last. */
    public static final Comparator<Duration> DURATIONS = Comparator.nullsLast(Comparator.naturalOrder());
    /** Numeric, blanks last. */
    public static final Comparator<Integer> WAVES = Comparator.nullsLast(Comparator.naturalOrder());
    /** Case-insensitive, then exact, so the order is total. */
    public static final Comparator<String> TEXT =
            Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
    /** Smallest data loss first, then unbounded; not applicable and unknown last. */
    public static final Comparator<RpoEstimate> RPO = Comparator.comparingInt(Sorting::rpoRank)
            .thenComparing(Sorting::loss, DURATIONS);
    /** Worst first: missed, blocked, incomplete, at risk, meets; unknown last. */
    public static final Comparator<Verdict> VERDICTS = Comparator.nullsLast(Comparator.comparingInt(
            List.of(Verdict.MISSED, Verdict.BLOCKED, Verdict.INCOMPLETE, Verdict.AT_RISK,
                    Verdict.MEETS)::indexOf));

    private Sorting() {
    }

    private static int rpoRank(RpoEstimate estimate) {
        if (estimate instanceof RpoEstimate.Bounded) {
            return 0;
        }
        return estimate instanceof RpoEstimate.Unbounded ? 1 : 2;
    }

    private static Duration loss(RpoEstimate estimate) {
        return estimate instanceof RpoEstimate.Bounded bounded ? bounded.loss() : null;
    }
}
