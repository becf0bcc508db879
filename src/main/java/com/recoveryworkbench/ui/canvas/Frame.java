package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.model.Dependency;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one frame is painted from: the plan (through its indexes), the last analysis
 * ({@code null} before the first), the selection and the highlight. Immutable snapshot.
 *
 * @param selectedDependency {@code null} when no dependency is selected
 */
public record Frame(SpatialIndex services, DependencyIndex dependencies, Analysis analysis, Set<String> selected,
                    Dependency selectedDependency, Emphasis emphasis) {
    public Frame {
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(dependencies, "dependencies");
        Objects.requireNonNull(selected, "selected");
        Objects.requireNonNull(emphasis, "emphasis");
    }
}
