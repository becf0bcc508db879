package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.Verdict;

/**
 * How exports show a {@link Verdict} verdict: a symbol, a word, a legend label and a colour from
 * the Okabe–Ito colour-blind-safe palette, the same as the workbench window, so a printed runbook, a
 * graph or a picture reads like the canvas. The word is always there, so the verdict survives
 * greyscale printing.
 *
 * <p>This is the one place these values live: the pictures read them here, the window's canvas palette
 * ({@code ui.canvas.Palette}) reads them, and the window's stylesheets get their {@code -rw-meets}…
 * colours generated from them ({@code ui.theme.Theme}), so the tables, the canvas and the pictures
 * cannot disagree. {@link Contrast#HIGH} is the darker set the high-contrast theme uses.
 */
public enum VerdictLook {
    MEETS("✓", "meets", "Meets", "#009e73", "#007a55"),
    AT_RISK("!", "at risk", "At risk", "#e69f00", "#b36b00"),
    MISSED("✗", "missed", "Missed", "#d55e00", "#c03a00"),
    BLOCKED("⟲", "blocked", "Blocked by a cycle", "#cc79a7", "#a8307f"),
    INCOMPLETE("?", "incomplete", "Incomplete data", "#8c8c8c", "#555555"),
    UNAFFECTED("○", "unaffected", "Unaffected", "#56b4e9", "#0072b2");

    /** Which set of colours: the standard one (light and dark themes, pictures) or the high-contrast one. */
    public enum Contrast { STANDARD, HIGH }

    private final String symbol;
    private final String word;
    private final String label;
    private final String colour;
    private final String highContrastColour;

    VerdictLook(String symbol, String word, String label, String colour, String highContrastColour) {
        this.symbol = symbol;
        this.word = word;
        this.label = label;
        this.colour = colour;
        this.highContrastColour = highContrastColour;
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

    /** {@code #rrggbb}, the standard colour. */
    public String colour() {
        return colour;
    }

    /** {@code #rrggbb} in the given contrast. */
    public String colour(Contrast contrast) {
        return contrast == Contrast.HIGH ? highContrastColour : colour;
    }

    /** The name in stylesheets: {@code at-risk}, as in the looked-up colour {@code -rw-at-risk}. */
    public String cssName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
