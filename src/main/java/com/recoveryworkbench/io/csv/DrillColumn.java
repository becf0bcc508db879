package com.recoveryworkbench.io.csv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The columns a drill results sheet may have; the header names them in any order and any case. */
enum DrillColumn {
    ID, MEASURED, START, END, DATA_LOSS, OUTCOME, NOTES;

    /** The name in a header ("data_loss"). */
    String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<DrillColumn> forHeader(String header) {
        String wanted = CsvColumn.normalize(header);
        return Arrays.stream(values()).filter(c -> c.header().equals(wanted)).findFirst();
    }

    static String allHeaders() {
        return Arrays.stream(values()).map(DrillColumn::header).collect(Collectors.joining(", "));
    }
}
