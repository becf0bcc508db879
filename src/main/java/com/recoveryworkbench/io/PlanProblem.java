package com.recoveryworkbench.io;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong (or worth a warning) in a file read as a plan: a plan file, or a CSV inventory,
 * GraphML, DOT or Backstage file being imported. Every reader reports with this one type, so people
 * see one location format. {@code line} and {@code column} count from 1; {@code line} is 0 when the
 * problem concerns the whole file (too large, unreadable) and {@code column} is 0 when it concerns a
 * whole line. {@code field} is what the value is in the file: a path in a plan file
 * ({@code services[3].restoreTime}, list indexes counting from 0), a column name in a CSV inventory
 * ({@code restore}), a key path in a catalog ({@code spec.dependsOn}); empty when no single field is
 * at fault. Never holds {@code null}.
 */
public record PlanProblem(String source, int line, int column, String field, String message) {

    /** File order: by line, then column; a stable sort keeps the order of equal places. */
    public static final Comparator<PlanProblem> FILE_ORDER =
            Comparator.comparingInt(PlanProblem::line).thenComparingInt(PlanProblem::column);

    public PlanProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column count from 1 (0: not known), not "
                    + line + ":" + column);
        }
    }

    /**
     * {@code retail.rplan.json:12:5: services[3].restoreTime: expected …, found …}, as compilers print
     * it, leaving out a line or column that is not known.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (!field.isEmpty()) {
            text.append(field).append(": ");
        }
        return text.append(message).toString();
    }
}
