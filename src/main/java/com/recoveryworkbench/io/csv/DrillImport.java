package com.recoveryworkbench.io.csv;

import com.recoveryworkbench.io.PlanProblem;
import com.recoveryworkbench.model.DrillResult;
import java.util.List;

/**
 * The results read from a drill results sheet, sorted by service id, each recording what the plan
 * claimed that day, and the warnings about the sheet (ignored columns). Never {@code null}.
 */
public record DrillImport(List<DrillResult> results, List<PlanProblem> warnings) {
    public DrillImport {
        results = List.copyOf(results);
        warnings = List.copyOf(warnings);
    }
}
