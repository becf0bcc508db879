package com.recoveryworkbench.io.csv;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with (error) or worth knowing about (warning) a CSV inventory, located so a person
 * can find it in a spreadsheet.
 *
 * <p>{@code line} is the physical line where the record starts (1-based; 0 = the file as a whole),
 * {@code column} the 1-based CSV column index (0 = the record as a whole) and {@code field} the column
 * name ({@code ""} when the problem is not about one column). Never {@code null}.
 */
public record CsvProblem(String source, int line, int column, String field, String message) {

    /** Reading order: by line, then column; ties keep the order they were found in. */
    static final Comparator<CsvProblem> READING_ORDER =
            Comparator.comparingInt(CsvProblem::line).thenComparingInt(CsvProblem::column);

    public CsvProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    /** {@code inventory.csv:7:4 (restore): '40 mins' is not a duration: …}, leaving out what is not known. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(source);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        if (!field.isEmpty()) {
            out.append(" (").append(field).append(')');
        }
        return out.append(": ").append(message).toString();
    }
}
