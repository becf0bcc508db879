package com.recoveryworkbench.io.csv;

import com.recoveryworkbench.io.Problems;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which column of a header record holds each column a kind of sheet knows, matched after
 * {@link CsvColumn#normalize}. An unnamed or unknown column is logged as a warning and ignored, a column
 * named twice as an error; which columns a sheet cannot do without, and when to stop, is for the caller
 * (an inventory's {@link CsvHeader}, a drill sheet's {@link DrillCsvHeader}). Stateless.
 */
final class HeaderColumns {
    private HeaderColumns() {
    }

    /** The 1-based index of each column of {@code type} that {@code record} names; problems go to {@code log}. */
    static <C extends Enum<C> & SheetColumn> Map<C, Integer> read(CsvRecord record, Problems log, Class<C> type) {
        Map<C, Integer> columns = new EnumMap<>(type);
        Map<String, Integer> seen = new HashMap<>();
        List<String> cells = record.cells();
        for (int i = 1; i <= cells.size(); i++) {
            String name = CsvColumn.normalize(cells.get(i - 1));
            Integer first = name.isEmpty() ? null : seen.putIfAbsent(name, i);
            Optional<C> known = forHeader(type, name);
            if (name.isEmpty()) {
                log.warn(record.line(), i, "", "column " + i + " has no name; its cells are ignored");
            } else if (first != null) {
                log.error(record.line(), i, name, "column '" + name + "' is named twice, in columns " + first
                        + " and " + i + "; a header names each column once");
            } else if (known.isPresent()) {
                columns.put(known.get(), i);
            } else {
                log.warn(record.line(), i, name, "column '" + name + "' is not known and is ignored;"
                        + " known columns: " + allHeaders(type));
            }
        }
        return columns;
    }

    private static <C extends Enum<C> & SheetColumn> Optional<C> forHeader(Class<C> type, String normalized) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.header().equals(normalized)).findFirst();
    }

    private static <C extends Enum<C> & SheetColumn> String allHeaders(Class<C> type) {
        return Arrays.stream(type.getEnumConstants()).map(SheetColumn::header).collect(Collectors.joining(", "));
    }
}
