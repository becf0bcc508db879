package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.model.Plan;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The sentence shown in the middle of an empty map, so a person facing a blank canvas (a new plan, a
 * workshop about to start) knows the two gestures that build one; while a plan is being opened, what
 * is happening instead, so the empty map does not look like a file that failed to open. Coloured from
 * the canvas palette, so it follows the theme; never catches the mouse.
 */
final class EmptyPlanHint {
    static final String HOW_TO_START = "Double-click to add a service (or use Add service).\n"
            + "Drag from a card's right-edge handle onto another card to connect them.";

    private final Label label = new Label();

    /** @param busy what the window is doing ("Opening retail.rplan.json…"), {@code null} when idle */
    EmptyPlanHint(ObservableValue<Plan> plan, ObjectProperty<Palette> palette, ObservableValue<String> busy) {
        label.textProperty().bind(Bindings.createStringBinding(
                () -> busy.getValue() == null ? HOW_TO_START : busy.getValue(), busy));
        label.setId("canvas-hint");
        label.setMouseTransparent(true);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setFont(Font.font(16));
        label.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> plan.getValue() != null && plan.getValue().serviceCount() == 0, plan));
        label.textFillProperty().bind(Bindings.createObjectBinding(() -> palette.get().secondaryText(), palette));
    }

    Label node() {
        return label;
    }
}
