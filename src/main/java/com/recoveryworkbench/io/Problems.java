package com.recoveryworkbench.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the errors and warnings of reading one plan file, so a single pass reports as many as
 * it can. Not thread-safe: one per read.
 */
final class Problems {
    private static final Comparator<PlanProblem> FILE_ORDER =
            Comparator.comparingInt(PlanProblem::line).thenComparingInt(PlanProblem::column);

    private final String source;
    private final List<PlanProblem> errors = new ArrayList<>();
    private final List<PlanProblem> warnings = new ArrayList<>();

    Problems(String source) {
        this.source = source;
    }

    void error(SourceLocation at, String field, String message) {
        errors.add(new PlanProblem(source, at.line(), at.column(), field, message));
    }

    void warn(SourceLocation at, String field, String message) {
        warnings.add(new PlanProblem(source, at.line(), at.column(), field, message));
    }

    int errorCount() {
        return errors.size();
    }

    /** @throws PlanFileException with every error so far, in file order, if there is any */
    void throwIfErrors() throws PlanFileException {
        if (!errors.isEmpty()) {
            throw new PlanFileException(inFileOrder(errors));
        }
    }

    List<PlanProblem> warnings() {
        return inFileOrder(warnings);
    }

    private static List<PlanProblem> inFileOrder(List<PlanProblem> problems) {
        List<PlanProblem> sorted = new ArrayList<>(problems);
        sorted.sort(FILE_ORDER);
        return sorted;
    }
}
