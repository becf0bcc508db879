package com.recoveryworkbench.io.imports;

import com.recoveryworkbench.io.PlanProblem;
import java.util.List;

/**
 * A file that could not be imported, with what was wrong, in file order; the same shape as the CSV
 * importer's failure. No plan is produced when there is one: nothing is half-imported. The message
 * lists the first {@value #LISTED} problems, one a line ({@code deps.dot:4:12: expected …}).
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;
    static final int LISTED = 20;

    private final transient List<PlanProblem> problems;

    ImportException(String source, List<PlanProblem> problems, Throwable cause) {
        super(message(source, problems), cause);
        this.problems = List.copyOf(problems);
    }

    /** One problem at {@code line}:{@code column} (0 when it concerns the whole file). */
    static ImportException at(String source, int line, int column, String message) {
        return at(source, line, column, "", message);
    }

    /** One problem with the value at {@code field} (a path such as {@code spec.dependsOn}). */
    static ImportException at(String source, int line, int column, String field, String message) {
        return new ImportException(source, List.of(new PlanProblem(source, line, column, field, message)), null);
    }

    /** Every problem, in file order; never empty. */
    public List<PlanProblem> problems() {
        return problems;
    }

    private static String message(String source, List<PlanProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an import failure needs at least one problem");
        }
        StringBuilder out = new StringBuilder("Cannot import ").append(source).append(": ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        problems.stream().limit(LISTED).forEach(p -> out.append('\n').append(p));
        if (problems.size() > LISTED) {
            out.append("\n… and ").append(problems.size() - LISTED).append(" more");
        }
        return out.toString();
    }
}
