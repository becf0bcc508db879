package com.recoveryworkbench.io;

import java.util.Objects;

/**
 * One thing wrong (or worth a warning) in a plan file, with where it is: {@code line} and
 * {@code column} count from 1, and are 0 when the problem concerns the whole file (too large,
 * unreadable). {@code field} is the path of the value in the plan ({@code services[3].restoreTime},
 * list indexes counting from 0), empty when no single field is at fault. Never holds {@code null}.
 */
public record PlanProblem(String source, int line, int column, String field, String message) {

    public PlanProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** {@code retail.rplan.json:12:5: services[3].restoreTime: expected …, found …}, as compilers print it. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(':').append(line).append(':').append(column);
        }
        text.append(": ");
        if (!field.isEmpty()) {
            text.append(field).append(": ");
        }
        return text.append(message).toString();
    }
}
