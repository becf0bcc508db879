package com.recoveryworkbench.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the errors and warnings of reading one file as a plan (a plan file or an import), so a
 * single pass reports as many as it can. Not thread-safe: one per read.
 */
public final class Problems {
    private final String source;
    private final boolean importing;
    private final List<PlanProblem> errors = new ArrayList<>();
    private final List<PlanProblem> warnings = new ArrayList<>();

    private Problems(String source, boolean importing) {
        this.source = source;
        this.importing = importing;
    }

    /** The problems of loading the plan file {@code source}. */
    Problems(String source) {
        this(source, false);
    }

    /** The problems of importing {@code source}: its failure reads "Cannot import SOURCE: …". */
    public static Problems ofImport(String source) {
        return new Problems(source, true);
    }

    /** The name problems carry ("inventory.csv"). */
    public String source() {
        return source;
    }

    void error(SourceLocation at, String field, String message) {
        error(at.line(), at.column(), field, message);
    }

    void warn(SourceLocation at, String field, String message) {
        warn(at.line(), at.column(), field, message);
    }

    /** An error at {@code line}:{@code column} (0 when not known) with the value at {@code field} ("" when none). */
    public void error(int line, int column, String field, String message) {
        errors.add(new PlanProblem(source, line, column, field, message));
    }

    /** A warning: the file is still read, and the person is told. */
    public void warn(int line, int column, String field, String message) {
        warnings.add(new PlanProblem(source, line, column, field, message));
    }

    public int errorCount() {
        return errors.size();
    }

    /** @throws PlanFileException with every error so far, in file order, if there is any */
    public void throwIfErrors() throws PlanFileException {
        if (!errors.isEmpty()) {
            throw importing ? PlanFileException.cannotImport(source, inFileOrder(errors), null)
                    : new PlanFileException(inFileOrder(errors));
        }
    }

    /** The errors so far, in file order. */
    public List<PlanProblem> errors() {
        return inFileOrder(errors);
    }

    /** The warnings, in file order. */
    public List<PlanProblem> warnings() {
        return inFileOrder(warnings);
    }

    private static List<PlanProblem> inFileOrder(List<PlanProblem> problems) {
        List<PlanProblem> sorted = new ArrayList<>(problems);
        sorted.sort(PlanProblem.FILE_ORDER);
        return List.copyOf(sorted);
    }
}
