package com.recoveryworkbench.io.csv;

import java.util.List;

/**
 * A CSV inventory that could not be imported, with every problem found, in reading order. No plan is
 * produced when there is one: nothing is half-imported. The message lists the first
 * {@value #LISTED} problems, one per line.
 */
public final class CsvImportException extends Exception {
    private static final long serialVersionUID = 1L;
    static final int LISTED = 20;

    private final transient List<CsvProblem> problems;

    CsvImportException(String source, List<CsvProblem> problems) {
        this(source, problems, null);
    }

    CsvImportException(String source, List<CsvProblem> problems, Throwable cause) {
        super(message(source, problems), cause);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an import failure needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in reading order; never empty. */
    public List<CsvProblem> problems() {
        return problems;
    }

    private static String message(String source, List<CsvProblem> problems) {
        StringBuilder out = new StringBuilder("Cannot import ").append(source).append(": ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        problems.stream().limit(LISTED).forEach(p -> out.append('\n').append(p));
        if (problems.size() > LISTED) {
            out.append("\n… and ").append(problems.size() - LISTED).append(" more");
        }
        return out.toString();
    }
}
