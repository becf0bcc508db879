package com.recoveryworkbench.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan file could not be loaded. Carries every problem found in one pass, in file order, so a
 * person can fix them all before trying again; the message lists the first
 * {@value #LISTED_IN_MESSAGE}, one a line.
 */
public final class PlanFileException extends Exception {
    private static final int LISTED_IN_MESSAGE = 20;

    private final List<PlanProblem> problems;

    /** @param problems at least one */
    public PlanFileException(List<PlanProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    private static String summary(List<PlanProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a plan file exception needs at least one problem");
        }
        String listed = problems.stream().limit(LISTED_IN_MESSAGE).map(PlanProblem::toString)
                .collect(Collectors.joining("\n"));
        int more = problems.size() - LISTED_IN_MESSAGE;
        return more > 0 ? listed + "\n… and " + more + " more" : listed;
    }

    /** Every problem, in file order; never empty. */
    public List<PlanProblem> problems() {
        return problems;
    }
}
