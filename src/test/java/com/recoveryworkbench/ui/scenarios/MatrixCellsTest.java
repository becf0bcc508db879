package com.recoveryworkbench.ui.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.io.export.ScenarioMatrix.Cell;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatrixCellsTest {
    @Test
    void aCellShowsTheVerdictSymbolAndTheUpTimeOrTheWord() {
        assertEquals("✗ 1h9m", MatrixCells.text(new Cell(Verdict.MISSED, Duration.ofMinutes(69))));
        assertEquals("○ unaffected", MatrixCells.text(new Cell(Verdict.UNAFFECTED, Duration.ZERO)));
        assertEquals("⟲ blocked", MatrixCells.text(new Cell(Verdict.BLOCKED, null)));
    }

    @Test
    void aColumnSortsTheWorstFirstThenTheLatest() {
        Cell late = new Cell(Verdict.MISSED, Duration.ofHours(3));
        Cell missed = new Cell(Verdict.MISSED, Duration.ofHours(2));
        Cell blocked = new Cell(Verdict.BLOCKED, null);
        Cell narrow = new Cell(Verdict.AT_RISK, Duration.ofMinutes(50));
        Cell met = new Cell(Verdict.MEETS, Duration.ofMinutes(10));
        Cell spared = new Cell(Verdict.UNAFFECTED, Duration.ZERO);
        List<Cell> cells = new ArrayList<>(List.of(spared, met, blocked, narrow, missed, late));

        cells.sort(MatrixCells.WORST_FIRST);

        assertEquals(List.of(late, missed, blocked, narrow, met, spared), cells);
    }
}
