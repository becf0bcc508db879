package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.analysis.FoldedMap;
import com.recoveryworkbench.analysis.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * The thin bar under a group tile's words: one stretch per verdict, as long as its share of the group's
 * services, so a room sees how much of a group is red and not only that some is. Stretches run in the
 * order meets, at risk, missed, blocked, incomplete, unaffected; the services without a verdict (not
 * restored yet in the story, or not analysed) close the bar. Pure function.
 */
final class VerdictBar {
    private static final List<Verdict> ORDER = List.of(Verdict.MEETS, Verdict.AT_RISK, Verdict.MISSED,
            Verdict.BLOCKED, Verdict.INCOMPLETE, Verdict.UNAFFECTED);

    /**
     * One stretch of the bar, from {@code start} to {@code end} along it.
     *
     * @param verdict {@code null} for the services without one
     */
    record Stretch(Verdict verdict, double start, double end) {
    }

    private VerdictBar() {
    }

    /** The stretches of {@code tally} along a bar from {@code start}, {@code length} long; none for no services. */
    static List<Stretch> of(FoldedMap.Tally tally, double start, double length) {
        List<Stretch> stretches = new ArrayList<>();
        if (tally.services() == 0) {
            return stretches;
        }
        int counted = 0;
        double at = start;
        for (Verdict verdict : ORDER) {
            int count = tally.verdicts().getOrDefault(verdict, 0);
            if (count > 0) {
                counted += count;
                double end = start + length * counted / tally.services();
                stretches.add(new Stretch(verdict, at, end));
                at = end;
            }
        }
        if (counted < tally.services()) {
            stretches.add(new Stretch(null, at, start + length));
        }
        return stretches;
    }
}
