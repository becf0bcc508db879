package com.recoveryworkbench.io.csv;

import com.recoveryworkbench.io.Problems;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Ids;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One data record read through the header: typed cells, each bad one reported at its line, column
 * and column name. A cell the row or the header does not have reads as empty. A bad cell reads as not
 * set, so the rest of the row can still be checked.
 */
final class CsvRow {
    /** What makes an id valid, in the words of {@link Ids}. */
    static final String ID_RULE = "use 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit";

    private final CsvRecord record;
    private final CsvHeader header;
    private final Problems log;

    CsvRow(CsvRecord record, CsvHeader header, Problems log) {
        this.record = record;
        this.header = header;
        this.log = log;
    }

    int line() {
        return record.line();
    }

    /** A row may have fewer cells than the header (the rest are empty), never more. */
    void checkWidth() {
        int width = record.cells().size();
        if (width > header.width()) {
            log.error(line(), header.width() + 1, "", "this row has " + width + " cells but the header names "
                    + header.width() + " columns; quote a cell that contains a comma");
        }
    }

    /** The cell as written, not trimmed. */
    String raw(CsvColumn column) {
        int index = header.index(column);
        return index == 0 || index > record.cells().size() ? "" : record.cells().get(index - 1);
    }

    /** The cell without surrounding white space. */
    String value(CsvColumn column) {
        return raw(column).strip();
    }

    /** A duration, or {@code null} when the cell is empty or bad. */
    Duration duration(CsvColumn column) {
        String text = value(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            error(column, e.getMessage());
            return null;
        }
    }

    /** A yes/no value, or {@code null} when the cell is empty or bad. */
    Boolean bool(CsvColumn column) {
        String text = value(column);
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "" -> null;
            case "true", "yes", "1" -> Boolean.TRUE;
            case "false", "no", "0" -> Boolean.FALSE;
            default -> {
                error(column, "'" + text + "' is not a yes/no value: write true, false, yes, no, 1 or 0,"
                        + " or leave it empty for the default of the kind");
                yield null;
            }
        };
    }

    /** A code such as a kind or strategy; empty when the cell is empty or bad. */
    <E> Optional<E> code(CsvColumn column, Function<String, E> parser) {
        String text = value(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(text));
        } catch (IllegalArgumentException e) {
            error(column, e.getMessage());
            return Optional.empty();
        }
    }

    /** Ids separated by ';', sorted and without repeats; invalid ones are reported and left out. */
    Set<String> ids(CsvColumn column) {
        Set<String> ids = new TreeSet<>();
        for (String part : value(column).split(";")) {
            String id = part.strip();
            if (Ids.isValid(id)) {
                ids.add(id);
            } else if (!id.isEmpty()) {
                error(column, "'" + id + "' is not a valid id: " + ID_RULE
                        + "; separate several ids with ';'");
            }
        }
        return ids;
    }

    void error(CsvColumn column, String message) {
        log.error(line(), header.index(column), column.header(), message);
    }

    void warning(CsvColumn column, String message) {
        log.warn(line(), header.index(column), column.header(), message);
    }
}
