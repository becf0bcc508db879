package com.recoveryworkbench.ui.proven;

import com.recoveryworkbench.analysis.drill.Basis;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/**
 * A label ({@code #basisBadge}) shown only while the window shows proven times: "Proven: drill-measured
 * times", so nobody mistakes the view for the plan's claims, on a screen or a projector. FX thread only.
 */
public final class BasisBadge {
    public static final String TEXT = "Proven: drill-measured times";

    private BasisBadge() {
    }

    public static Label of(ObservableValue<Basis> basis) {
        Label badge = new Label(TEXT);
        badge.setId("basisBadge");
        badge.getStyleClass().add("basis-badge");
        badge.setStyle("-fx-font-weight: bold;");
        badge.visibleProperty().bind(basis.map(b -> b == Basis.PROVEN).orElse(false));
        badge.managedProperty().bind(badge.visibleProperty());
        return badge;
    }
}
