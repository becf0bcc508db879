package com.recoveryworkbench.analysis.drill;

/**
 * Which restore times an analysis rests on: the ones the plan claims, or the ones its drills measured
 * (the planned time where a service was never measured). The window's Planned | Proven switch.
 */
public enum Basis {
    PLANNED("Planned"),
    PROVEN("Proven");

    private final String label;

    Basis(String label) {
        this.label = label;
    }

    /** The word on the switch. */
    public String label() {
        return label;
    }
}
