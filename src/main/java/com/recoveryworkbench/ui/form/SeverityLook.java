package com.recoveryworkbench.ui.form;

import com.recoveryworkbench.analysis.Severity;
import javafx.scene.paint.Color;

/**
 * How a finding's severity is drawn wherever findings are listed (the findings tab, the inspector):
 * a symbol and a colour, so the two lists read the same. Stateless.
 */
public final class SeverityLook {
    private SeverityLook() {
    }

    public static String symbol(Severity severity) {
        return switch (severity) {
            case ERROR -> "✖";
            case WARNING -> "⚠";
            case INFO -> "ℹ";
        };
    }

    public static Color color(Severity severity) {
        return switch (severity) {
            case ERROR -> Color.web("#c0392b");
            case WARNING -> Color.web("#b36b00");
            case INFO -> Color.web("#0072b2");
        };
    }
}
