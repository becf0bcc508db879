package com.recoveryworkbench.io.csv;

import java.util.List;

/** One CSV record: its cells as written (unquoted, not trimmed) and the physical line it starts on. */
record CsvRecord(int line, List<String> cells) {
    CsvRecord {
        cells = List.copyOf(cells);
    }

    /** Spreadsheets export empty rows as blank lines or as a row of commas; neither is a service. */
    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
