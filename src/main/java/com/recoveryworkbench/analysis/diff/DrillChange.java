package com.recoveryworkbench.analysis.diff;

import java.util.List;

/**
 * A drill both versions of a plan have (matched by id) whose fields or results differ: {@code date},
 * {@code name}, {@code scenario}, {@code notes}, then one {@code results.SERVICE} per service whose
 * result differs ("55m, recovered" → "48m, recovered"; {@code null} where a version has no result for
 * it) and {@code results.SERVICE.notes} where its lessons differ. {@code name} is the newer version's.
 */
public record DrillChange(String id, String name, List<FieldChange> changes) {
    public DrillChange {
        changes = List.copyOf(changes);
    }
}
