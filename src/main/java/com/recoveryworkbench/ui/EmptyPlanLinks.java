package com.recoveryworkbench.ui;

import com.recoveryworkbench.model.Plan;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * Links laid over the map while the plan has no service, under the canvas's own hint on how to
 * start: Getting Started ({@code #emptyGettingStarted}) and a sample plan ({@code #emptyOpenSample}),
 * in {@code #emptyLinks}.
 * Only the links catch the mouse; the rest of the map stays clickable. FX thread only.
 */
final class EmptyPlanLinks {
    /** Below the two lines of the canvas hint, which is centred. */
    private static final double BELOW_HINT = 64;

    private final StackPane root;

    /** @param busy what the window is doing, {@code null} when idle: no links while a plan is being opened */
    EmptyPlanLinks(Node map, ObservableValue<Plan> plan, ObservableValue<String> busy, Runnable gettingStarted,
                   Runnable openSample) {
        Hyperlink guide = new Hyperlink("Getting Started");
        guide.setId("emptyGettingStarted");
        guide.setOnAction(e -> gettingStarted.run());
        Hyperlink sample = new Hyperlink("Open a sample plan");
        sample.setId("emptyOpenSample");
        sample.setOnAction(e -> openSample.run());
        HBox links = new HBox(16, guide, sample);
        links.setId("emptyLinks");
        links.setAlignment(Pos.CENTER);
        links.setPickOnBounds(false);
        links.setMaxSize(HBox.USE_PREF_SIZE, HBox.USE_PREF_SIZE);
        links.setTranslateY(BELOW_HINT);
        links.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> busy.getValue() == null && plan.getValue() != null && plan.getValue().serviceCount() == 0,
                plan, busy));
        root = new StackPane(map, links);
        root.setPickOnBounds(false);
    }

    Node node() {
        return root;
    }
}
