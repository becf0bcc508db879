package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.Compliance;

/**
 * How exports show a {@link Compliance} verdict: a symbol, a word and a colour from the Okabe–Ito
 * colour-blind-safe palette, the same as the workbench window, so a printed runbook or a graph
 * reads like the canvas. The word is always there, so the verdict survives greyscale printing.
 */
enum Verdict {
    MEETS("✓", "meets", "#009e73"),
    AT_RISK("!", "at risk", "#e69f00"),
    MISSED("✗", "missed", "#d55e00"),
    BLOCKED("⟲", "blocked", "#cc79a7"),
    INCOMPLETE("?", "incomplete", "#8c8c8c");

    private final String symbol;
    private final String word;
    private final String colour;

    Verdict(String symbol, String word, String colour) {
        this.symbol = symbol;
        this.word = word;
        this.colour = colour;
    }

    static Verdict of(Compliance compliance) {
        return switch (compliance) {
            case MEETS -> MEETS;
            case AT_RISK -> AT_RISK;
            case MISSED -> MISSED;
            case BLOCKED -> BLOCKED;
            case INCOMPLETE -> INCOMPLETE;
        };
    }

    String symbol() {
        return symbol;
    }

    String word() {
        return word;
    }

    /** {@code #rrggbb}. */
    String colour() {
        return colour;
    }
}
