package com.recoveryworkbench.ui.present;

import com.recoveryworkbench.ui.state.LiveAnalysis;
import com.recoveryworkbench.ui.state.StatusSummary;
import java.util.Objects;
import java.util.function.Supplier;
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
 * The column and the scenario picker in it are made the first time it shows. FX thread only.
 */
final class PresentationOverlay {
    /** The column's largest share of the width: the map keeps at least 70% (the goal is 65%). */
    static final double COLUMN_SHARE = 0.3;
    private static final double GAP = 12;
    private static final String STYLESHEET = "/com/recoveryworkbench/ui/presentation.css";

    private final BorderPane pane;
    private Region column;

    PresentationOverlay(Node map, LiveAnalysis analysis, Supplier<? extends Node> scenarioPicker, StoryPlayer player,
                        ObservableBooleanValue shown) {
        pane = new BorderPane(map);
        pane.setId("presentationOverlay");
        pane.getStylesheets().add(Objects.requireNonNull(
                PresentationOverlay.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
        // Made when first shown: most sessions never present, and the window's first frame styles
        // and lays out every node in the scene, hidden or not (docs/performance.md, "Start-up").
        Runnable showColumn = () -> {
            if (column == null) {
                column = column(analysis, scenarioPicker.get(), player, shown);
                pane.setRight(column);
            }
        };
        if (shown.get()) {
            showColumn.run();
        }
        shown.addListener((obs, was, now) -> {
            if (now) {
                showColumn.run();
            }
        });
    }

    private Region column(LiveAnalysis analysis, Node scenarioPicker, StoryPlayer player, ObservableBooleanValue shown) {
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
        scroller.prefWidthProperty().bind(pane.widthProperty().multiply(COLUMN_SHARE));
        scroller.maxWidthProperty().bind(pane.widthProperty().multiply(COLUMN_SHARE));
        scroller.minWidthProperty().set(0);
        scroller.visibleProperty().bind(shown);
        scroller.managedProperty().bind(shown);
        return scroller;
    }

    Node node() {
        return pane;
    }

    /** The column beside the map: status, legend and story; null until it was first shown. */
    Node column() {
        return column;
    }
}
