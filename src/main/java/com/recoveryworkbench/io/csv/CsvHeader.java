package com.recoveryworkbench.io.csv;

import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.Problems;
import java.util.List;
import java.util.Map;

/**
 * Which column holds what, read from the header record. Unknown and unnamed columns are ignored with a
 * warning each; a missing {@code id} column or a column named twice is an error that stops the
 * import there, since the rows cannot be read without knowing their columns.
 */
final class CsvHeader {
    private final Map<CsvColumn, Integer> columns;
    private final int width;

    private CsvHeader(Map<CsvColumn, Integer> columns, int width) {
        this.columns = columns;
        this.width = width;
    }

    /** The header of {@code record}; throws with everything wrong with it when it cannot be used. */
    static CsvHeader read(CsvRecord record, Problems log) throws PlanFileException {
        Map<CsvColumn, Integer> columns = HeaderColumns.read(record, log, CsvColumn.class);
        List<String> cells = record.cells();
        if (!columns.containsKey(CsvColumn.ID)) {
            List<String> found = cells.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
            // Column 1, where the header starts: the missing column has no place of its own.
            log.error(record.line(), 1, CsvColumn.ID.header(), log.source() + " has no 'id' column; the header "
                    + (found.isEmpty() ? "names no columns" : "names " + String.join(", ", found))
                    + ". Every service needs an id.");
        }
        log.throwIfErrors();
        return new CsvHeader(columns, cells.size());
    }

    /** Whether the header names {@code column}. */
    boolean has(CsvColumn column) {
        return columns.containsKey(column);
    }

    /** The 1-based column index of {@code column}, or 0 when the header does not have it. */
    int index(CsvColumn column) {
        return columns.getOrDefault(column, 0);
    }

    /** How many cells the header has; a row may have fewer, never more. */
    int width() {
        return width;
    }
}
