package com.recoveryworkbench.ui.state;

import com.recoveryworkbench.analysis.Verdict;
import javafx.scene.paint.Color;

/**
 * How each {@link Verdict} verdict is shown everywhere (canvas, tables, legend): a colour from the
 * Okabe–Ito colour-blind-safe palette, always with a symbol and a word, so the verdict also reads
 * in greyscale and on a washed-out projector.
 */
public enum ComplianceLook {
    MEETS(Verdict.MEETS, "✓", "Meets", Color.web("#009e73")),
    AT_RISK(Verdict.AT_RISK, "!", "At risk", Color.web("#e69f00")),
    MISSED(Verdict.MISSED, "✗", "Missed", Color.web("#d55e00")),
    BLOCKED(Verdict.BLOCKED, "⟲", "Blocked by a cycle", Color.web("#cc79a7")),
    INCOMPLETE(Verdict.INCOMPLETE, "?", "Incomplete data", Color.web("#8c8c8c"));

    private final Verdict compliance;
    private final String symbol;
    private final String label;
    private final Color color;

    ComplianceLook(Verdict compliance, String symbol, String label, Color color) {
        this.compliance = compliance;
        this.symbol = symbol;
        this.label = label;
        this.color = color;
    }

    public static ComplianceLook of(Verdict compliance) {
        for (ComplianceLook look : values()) {
            if (look.compliance == compliance) {
                return look;
            }
        }
        throw new IllegalArgumentException("no look for " + compliance);
    }

    public String symbol() {
        return symbol;
    }

    public String label() {
        return label;
    }

    public Color color() {
        return color;
    }

    /** The CSS style class for table cells and legend entries: {@code compliance-at-risk}. */
    public String styleClass() {
        return "compliance-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
