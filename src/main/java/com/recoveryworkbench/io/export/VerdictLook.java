package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.Verdict;

/**
 * How exports show a {@link Verdict} verdict: a symbol, a word, a legend label and a colour from
 * the Okabe–Ito colour-blind-safe palette, the same as the workbench window, so a printed runbook, a
 * graph or a picture reads like the canvas. The word is always there, so the verdict survives
 * greyscale printing. Below the UI, this is the one place these values live.
 */
public enum VerdictLook {
    MEETS("✓", "meets", "Meets", "#009e73"),
    AT_RISK("!", "at risk", "At risk", "#e69f00"),
    MISSED("✗", "missed", "Missed", "#d55e00"),
    BLOCKED("⟲", "blocked", "Blocked by a cycle", "#cc79a7"),
    INCOMPLETE("?", "incomplete", "Incomplete data", "#8c8c8c"),
    UNAFFECTED("○", "unaffected", "Unaffected", "#56b4e9");

    private final String symbol;
    private final String word;
    private final String label;
    private final String colour;

    VerdictLook(String symbol, String word, String label, String colour) {
        this.symbol = symbol;
        this.word = word;
        this.label = label;
        this.colour = colour;
    }

    public static VerdictLook of(Verdict compliance) {
        return switch (compliance) {
            case MEETS -> MEETS;
            case AT_RISK -> AT_RISK;
            case MISSED -> MISSED;
            case BLOCKED -> BLOCKED;
            case INCOMPLETE -> INCOMPLETE;
            case UNAFFECTED -> UNAFFECTED;
        };
    }

    public String symbol() {
        return symbol;
    }

    /** Lower case, for running text: "✗ missed". */
    public String word() {
        return word;
    }

    /** Capitalised, for a legend: "Blocked by a cycle". */
    public String label() {
        return label;
    }

    /** {@code #rrggbb}. */
    public String colour() {
        return colour;
    }
}
