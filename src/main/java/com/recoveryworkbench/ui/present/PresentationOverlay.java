package com.recoveryworkbench.ui.present;

import com.recoveryworkbench.ui.LiveAnalysis;
import com.recoveryworkbench.ui.StatusSummary;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The map with what presentation mode lays over it ({@code #presentationOverlay}): the overall status
 * ({@code #presentationStatus}: services, misses, makespan) at the top left, the legend at the top right
 * and the story bar at the bottom left, in corners so the middle of the map stays clear. The overlays
 * show only while {@code shown} is true; the map takes the mouse everywhere else. FX thread only.
 */
final class PresentationOverlay {
    private static final Insets MARGIN = new Insets(16);
    private static final String STYLESHEET = "/com/recoveryworkbench/ui/presentation.css";

    private final StackPane pane;

    PresentationOverlay(Node map, LiveAnalysis analysis, StoryPlayer player, ObservableBooleanValue shown) {
        Label status = new Label();
        status.setId("presentationStatus");
        status.getStyleClass().addAll("presentation-panel", "presentation-status");
        status.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        status.textProperty().bind(Bindings.createStringBinding(() -> analysis.getAnalysis() == null ? "Analysing…"
                : StatusSummary.describe(analysis.getAnalysis(), null), analysis.analysisProperty()));
        Node legend = new PresentationLegend().node();
        Node story = new StoryBar(player).node();
        pane = new StackPane(map, status, legend, story);
        pane.setId("presentationOverlay");
        place(status, Pos.TOP_LEFT);
        place(legend, Pos.TOP_RIGHT);
        place(story, Pos.BOTTOM_LEFT);
        for (Node overlay : new Node[] {status, legend, story}) {
            overlay.visibleProperty().bind(shown);
        }
        pane.getStylesheets().add(Objects.requireNonNull(
                PresentationOverlay.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
    }

    private static void place(Node overlay, Pos where) {
        StackPane.setAlignment(overlay, where);
        StackPane.setMargin(overlay, MARGIN);
    }

    Node node() {
        return pane;
    }
}
