package com.recoveryworkbench.ui.present;

import com.recoveryworkbench.ui.state.LiveAnalysis;
import com.recoveryworkbench.ui.state.StatusSummary;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The map with what presentation mode lays over it ({@code #presentationOverlay}): the scenario
 * picker, the overall status
 * ({@code #presentationStatus}: services, misses, makespan) above the legend at the top right, and the
 * story bar at the bottom left, in corners so the middle of the map stays clear. The overlays
 * show only while {@code shown} is true; the map takes the mouse everywhere else. FX thread only.
 */
final class PresentationOverlay {
    private static final Insets MARGIN = new Insets(16);
    private static final String STYLESHEET = "/com/recoveryworkbench/ui/presentation.css";

    private final StackPane pane;
    private final Node key;
    private final Node story;

    PresentationOverlay(Node map, LiveAnalysis analysis, Node scenarioPicker, StoryPlayer player,
                        ObservableBooleanValue shown) {
        Label status = new Label();
        status.setId("presentationStatus");
        status.getStyleClass().add("presentation-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> analysis.getAnalysis() == null ? "Analysing…"
                : StatusSummary.describe(analysis.getAnalysis(), null), analysis.analysisProperty()));
        VBox keyPanel = new VBox(8, scenarioPicker, status, new PresentationLegend().node());
        keyPanel.getStyleClass().add("presentation-panel");
        keyPanel.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        key = keyPanel;
        story = new StoryBar(player).node();
        pane = new StackPane(map, key, story);
        pane.setId("presentationOverlay");
        place(key, Pos.TOP_RIGHT);
        place(story, Pos.BOTTOM_LEFT);
        key.visibleProperty().bind(shown);
        story.visibleProperty().bind(shown);
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

    /** The story bar, which grows with the misses it calls out. */
    Node storyBar() {
        return story;
    }

    /**
     * The parts of the map no overlay covers, in canvas pixels: beside the status and legend, and below
     * them; both above the story bar. Valid after a layout pass.
     */
    List<Rectangle2D> freeAreas() {
        Bounds keyBounds = key.getBoundsInParent();
        double bottom = story.getBoundsInParent().getMinY();
        return List.of(area(0, 0, keyBounds.getMinX(), bottom), area(0, keyBounds.getMaxY(), pane.getWidth(), bottom));
    }

    private static Rectangle2D area(double minX, double minY, double maxX, double maxY) {
        return new Rectangle2D(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }
}
