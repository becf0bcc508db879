package com.recoveryworkbench.ui.scenarios;

import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.io.export.ScenarioMatrix;
import com.recoveryworkbench.io.export.VerdictLook;
import com.recoveryworkbench.model.Durations;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/** What a cell of the scenario matrix says, and how its column sorts. Pure functions. */
final class MatrixCells {
    /** Most urgent first: what misses, what cannot come back, what lacks data, then the narrow, the met, the spared. */
    private static final List<Verdict> URGENCY = List.of(Verdict.MISSED, Verdict.BLOCKED, Verdict.INCOMPLETE,
            Verdict.AT_RISK, Verdict.MEETS, Verdict.UNAFFECTED);

    /** Worst verdict first; within a verdict the latest up time first (none, when blocked, counts as latest). */
    static final Comparator<ScenarioMatrix.Cell> WORST_FIRST = Comparator
            .comparingInt((ScenarioMatrix.Cell c) -> URGENCY.indexOf(c.verdict()))
            .thenComparing(ScenarioMatrix.Cell::up, Comparator.nullsFirst(Comparator.<Duration>reverseOrder()));

    private MatrixCells() {
    }

    /** "✗ 4h10m", "✓ 25m", "⟲ blocked", "○ unaffected". */
    static String text(ScenarioMatrix.Cell cell) {
        VerdictLook look = VerdictLook.of(cell.verdict());
        if (cell.verdict() == Verdict.UNAFFECTED || cell.up() == null) {
            return look.symbol() + " " + look.word();
        }
        return look.symbol() + " " + Durations.format(cell.up());
    }
}
