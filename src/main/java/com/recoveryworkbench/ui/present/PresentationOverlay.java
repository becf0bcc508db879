package com.recoveryworkbench.ui.present;

import com.recoveryworkbench.ui.LiveAnalysis;
import com.recoveryworkbench.ui.StatusSummary;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
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
    private final Node status;
    private final Node legend;
    private final Node story;

    PresentationOverlay(Node map, LiveAnalysis analysis, StoryPlayer player, ObservableBooleanValue shown) {
        Label summary = new Label();
        summary.setId("presentationStatus");
        summary.getStyleClass().addAll("presentation-panel", "presentation-status");
        summary.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        summary.textProperty().bind(Bindings.createStringBinding(() -> analysis.getAnalysis() == null ? "Analysing…"
                : StatusSummary.describe(analysis.getAnalysis(), null), analysis.analysisProperty()));
        status = summary;
        legend = new PresentationLegend().node();
        story = new StoryBar(player).node();
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

    /** The story bar, which grows with the misses it calls out. */
    Node storyBar() {
        return story;
    }

    /**
     * The parts of the map no overlay covers, in canvas pixels: beside the legend, and below it; both
     * between the status and the story bar. Valid after a layout pass.
     */
    List<Rectangle2D> freeAreas() {
        double top = status.getBoundsInParent().getMaxY();
        double bottom = story.getBoundsInParent().getMinY();
        double belowLegend = Math.max(top, legend.getBoundsInParent().getMaxY());
        return List.of(area(0, top, legend.getBoundsInParent().getMinX(), bottom),
                area(0, belowLegend, pane.getWidth(), bottom));
    }

    private static Rectangle2D area(double minX, double minY, double maxX, double maxY) {
        return new Rectangle2D(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }
}
