package com.recoveryworkbench.analysis.drill;

import com.recoveryworkbench.analysis.ScenarioAnalyses;
import java.util.Objects;

/**
 * A plan analysed on both bases at once: every scenario as the plan claims ({@code planned}), every
 * scenario with the drills' measured times ({@code proven}), and the {@link ProvenView} of the whole
 * plan (per-service evidence, drill findings, the cadence check). Immutable and safe to read from any
 * thread. When no drill measured anything, {@code proven} is the same object as {@code planned}.
 */
public record DrillAnalyses(ScenarioAnalyses planned, ScenarioAnalyses proven, ProvenView view) {
    public DrillAnalyses {
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(proven, "proven");
        Objects.requireNonNull(view, "view");
    }

    /** The analyses on one basis. */
    public ScenarioAnalyses on(Basis basis) {
        return basis == Basis.PROVEN ? proven : planned;
    }

}
