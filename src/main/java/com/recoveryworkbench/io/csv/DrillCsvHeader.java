package com.recoveryworkbench.io.csv;

import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.Problems;
import java.util.Map;

/**
 * Which column of a drill results sheet holds what. Unknown and unnamed columns are ignored with a
 * warning each. Errors stop the import here, since the rows cannot be read without their columns: a
 * column named twice, no {@code id} or {@code outcome} column, or no way to tell the measured time
 * (neither {@code measured} nor both {@code start} and {@code end}).
 */
final class DrillCsvHeader {
    private final Map<DrillColumn, Integer> columns;
    private final int width;

    private DrillCsvHeader(Map<DrillColumn, Integer> columns, int width) {
        this.columns = columns;
        this.width = width;
    }

    static DrillCsvHeader read(CsvRecord record, Problems log) throws PlanFileException {
        Map<DrillColumn, Integer> columns = HeaderColumns.read(record, log, DrillColumn.class);
        require(columns, DrillColumn.ID, "every result names the service by its id", record, log);
        require(columns, DrillColumn.OUTCOME, "write recovered, partial or failed for each service", record, log);
        boolean timed = columns.containsKey(DrillColumn.START) && columns.containsKey(DrillColumn.END);
        if (!columns.containsKey(DrillColumn.MEASURED) && !timed) {
            log.error(record.line(), 1, "", log.source() + " has no 'measured' column and not both 'start' and"
                    + " 'end'; give each service's measured time (55m, 1h7m) or when its restore started and ended");
        }
        log.throwIfErrors();
        return new DrillCsvHeader(columns, record.cells().size());
    }

    private static void require(Map<DrillColumn, Integer> columns, DrillColumn column, String why, CsvRecord record,
                                Problems log) {
        if (!columns.containsKey(column)) {
            // Column 1, where the header starts, as for an inventory: a missing column has no place of its own.
            log.error(record.line(), 1, column.header(), log.source() + " has no '" + column.header()
                    + "' column; " + why);
        }
    }

    /** The 1-based column index of {@code column}, or 0 when the header does not have it. */
    int index(DrillColumn column) {
        return columns.getOrDefault(column, 0);
    }

    int width() {
        return width;
    }
}
