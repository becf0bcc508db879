package com.recoveryworkbench.io.csv;

import java.util.ArrayList;
import java.util.List;

/** Collects the errors and warnings of one import, so all of them reach the user at once. Not thread-safe. */
final class ProblemLog {
    private final String source;
    private final List<CsvProblem> errors = new ArrayList<>();
    private final List<CsvProblem> warnings = new ArrayList<>();

    ProblemLog(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    void error(int line, int column, String field, String message) {
        errors.add(new CsvProblem(source, line, column, field, message));
    }

    void warning(int line, int column, String field, String message) {
        warnings.add(new CsvProblem(source, line, column, field, message));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<CsvProblem> errors() {
        return sorted(errors);
    }

    List<CsvProblem> warnings() {
        return sorted(warnings);
    }

    /** Throws with every error collected so far, if there is any. */
    void throwIfErrors() throws CsvImportException {
        if (hasErrors()) {
            throw new CsvImportException(source, errors());
        }
    }

    private static List<CsvProblem> sorted(List<CsvProblem> problems) {
        List<CsvProblem> copy = new ArrayList<>(problems);
        copy.sort(CsvProblem.READING_ORDER);
        return List.copyOf(copy);
    }
}
