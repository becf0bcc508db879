package com.recoveryworkbench.ui.present;

import com.recoveryworkbench.ui.state.LiveAnalysis;
import com.recoveryworkbench.ui.state.StatusSummary;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The map with what presentation mode shows beside it ({@code #presentationOverlay}): a column on the
 * right ({@code #presentationColumn}) with the scenario picker, the overall status ({@code #presentationStatus}: services,
 * misses, makespan), the legend and the story bar. The column never takes more than {@link #COLUMN_SHARE}
 * of the width, so the map keeps the rest whatever the story says; what does not fit its height
 * scrolls. The column shows only while {@code shown} is true; otherwise the map has the whole area.
 * FX thread only.
 */
final class PresentationOverlay {
    /** The column's largest share of the width: the map keeps at least 70% (the goal is 65%). */
    static final double COLUMN_SHARE = 0.3;
    private static final double GAP = 12;
    private static final String STYLESHEET = "/com/recoveryworkbench/ui/presentation.css";

    private final BorderPane pane;
    private final Region column;

    PresentationOverlay(Node map, LiveAnalysis analysis, Node scenarioPicker, StoryPlayer player,
                        ObservableBooleanValue shown) {
        Label status = new Label();
        status.setId("presentationStatus");
        status.getStyleClass().add("presentation-status");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(() -> analysis.getAnalysis() == null ? "Analysing…"
                : StatusSummary.describe(analysis.getAnalysis(), null), analysis.analysisProperty()));
        VBox keyPanel = new VBox(8, scenarioPicker, status, new PresentationLegend().node());
        keyPanel.getStyleClass().add("presentation-panel");
        VBox panels = new VBox(GAP, keyPanel, new StoryBar(player).node());
        panels.setPadding(new Insets(GAP));
        ScrollPane scroller = new ScrollPane(panels);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setId("presentationColumn");
        scroller.getStyleClass().add("presentation-column");
        column = scroller;
        pane = new BorderPane(map);
        pane.setRight(column);
        pane.setId("presentationOverlay");
        column.prefWidthProperty().bind(pane.widthProperty().multiply(COLUMN_SHARE));
        column.maxWidthProperty().bind(pane.widthProperty().multiply(COLUMN_SHARE));
        column.minWidthProperty().set(0);
        column.visibleProperty().bind(shown);
        column.managedProperty().bind(shown);
        pane.getStylesheets().add(Objects.requireNonNull(
                PresentationOverlay.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
    }

    Node node() {
        return pane;
    }

    /** The column beside the map: status, legend and story. */
    Node column() {
        return column;
    }
}
