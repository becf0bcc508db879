package com.recoveryworkbench.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A file could not be read as a plan: a plan file that does not load, or a file that cannot be
 * imported (CSV, GraphML, DOT, Backstage). Every reader throws this one exception. It carries every
 * problem found in one pass, in file order, so a person can fix them all before trying again; nothing
 * is half-read. The message lists the first {@value #LISTED_IN_MESSAGE}, one a line; an import's
 * message starts with a line saying which file could not be imported and how many problems it has.
 */
public final class PlanFileException extends Exception {
    private static final int LISTED_IN_MESSAGE = 20;

    private final List<PlanProblem> problems;

    /** A plan file that does not load. @param problems at least one */
    public PlanFileException(List<PlanProblem> problems) {
        this("", problems, null);
    }

    private PlanFileException(String headline, List<PlanProblem> problems, Throwable cause) {
        super(message(headline, problems), cause);
        this.problems = List.copyOf(problems);
    }

    /**
     * A file that cannot be imported: "Cannot import deps.dot: 2 problems" and the problems.
     *
     * @param problems at least one
     * @param cause the exception behind it, or {@code null}
     */
    public static PlanFileException cannotImport(String source, List<PlanProblem> problems, Throwable cause) {
        String count = problems.size() + (problems.size() == 1 ? " problem" : " problems");
        return new PlanFileException("Cannot import " + source + ": " + count, problems, cause);
    }

    /** A file that cannot be imported for one problem at {@code line}:{@code column} (0 when not known). */
    public static PlanFileException cannotImport(String source, int line, int column, String message) {
        return cannotImport(source, line, column, "", message);
    }

    /** A file that cannot be imported for one problem with the value at {@code field} ({@code spec.dependsOn}). */
    public static PlanFileException cannotImport(String source, int line, int column, String field,
                                                 String message) {
        return cannotImport(source, List.of(new PlanProblem(source, line, column, field, message)), null);
    }

    private static String message(String headline, List<PlanProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a file that cannot be read needs at least one problem");
        }
        String listed = problems.stream().limit(LISTED_IN_MESSAGE).map(PlanProblem::toString)
                .collect(Collectors.joining("\n"));
        int more = problems.size() - LISTED_IN_MESSAGE;
        String all = more > 0 ? listed + "\n… and " + more + " more" : listed;
        return headline.isEmpty() ? all : headline + "\n" + all;
    }

    /** Every problem, in file order; never empty. */
    public List<PlanProblem> problems() {
        return problems;
    }
}
