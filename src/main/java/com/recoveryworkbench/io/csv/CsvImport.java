package com.recoveryworkbench.io.csv;

import com.recoveryworkbench.model.Plan;
import java.util.List;
import java.util.Objects;

/**
 * A successful CSV import: the new plan and what the importer thinks the user should know
 * (ignored columns, tiers the plan does not define), in reading order. Immutable.
 */
public record CsvImport(Plan plan, List<CsvProblem> warnings) {
    public CsvImport {
        Objects.requireNonNull(plan, "plan");
        warnings = List.copyOf(warnings);
    }
}
