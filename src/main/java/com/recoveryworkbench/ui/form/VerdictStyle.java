package com.recoveryworkbench.ui.form;

import com.recoveryworkbench.io.export.VerdictLook;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * The style classes of a node that shows a verdict: {@code compliance-<verdict>}, which sets the
 * {@code -rw-compliance} colour the stylesheets generate from {@link VerdictLook}, and {@link #TEXT},
 * which each theme styles once to give verdict text its weight and its colour against that theme's
 * background. FX thread only.
 */
public final class VerdictStyle {
    /** The one class every theme styles for verdict text. */
    public static final String TEXT = "verdict-text";
    private static final String PREFIX = "compliance-";

    private VerdictStyle() {
    }

    /** Gives {@code node} the classes of {@code look}, replacing any verdict's; {@code null} removes them. */
    public static void show(Node node, VerdictLook look) {
        ObservableList<String> classes = node.getStyleClass();
        classes.removeIf(c -> c.startsWith(PREFIX) || c.equals(TEXT));
        if (look != null) {
            classes.addAll(PREFIX + look.cssName(), TEXT);
        }
    }
}
