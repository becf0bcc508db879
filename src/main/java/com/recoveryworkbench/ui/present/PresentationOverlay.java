package com.recoveryworkbench.ui.present;

import com.recoveryworkbench.ui.state.LiveAnalysis;
import com.recoveryworkbench.ui.state.StatusSummary;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;
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
 * scrolls. Everything in the column wraps to the width it is shown at: the scenario picker is made
 * knowing the width a panel offers, so it never asks for more (a wider picker would widen every line of
 * the column past the screen's edge). The column shows only while {@code shown} is true; otherwise the
 * map has the whole area. The column and the scenario picker in it are made the first time it shows.
 * FX thread only.
 */
final class PresentationOverlay {
    /** The column's largest share of the width: the map keeps at least 70% (the goal is 65%). */
    static final double COLUMN_SHARE = 0.3;
    private static final double GAP = 12;
    private static final String STYLESHEET = "/com/recoveryworkbench/ui/presentation.css";

    private final BorderPane pane;
    private Region column;

    /**
     * @param scenarioPicker makes the scenario picker, given the width a panel of the column offers its
     *                       content; it must never be wider than that
     */
    PresentationOverlay(Node map, LiveAnalysis analysis, Function<ObservableDoubleValue, ? extends Node> scenarioPicker,
                        StoryPlayer player, ObservableBooleanValue shown) {
        pane = new BorderPane(map);
        pane.setId("presentationOverlay");
        pane.getStylesheets().add(Objects.requireNonNull(
                PresentationOverlay.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
        // Made when first shown: most sessions never present, and the window's first frame styles
        // and lays out every node in the scene, hidden or not (docs/performance.md, "Start-up").
        Runnable showColumn = () -> {
            if (column == null) {
                column = column(analysis, scenarioPicker, player, shown);
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

    private Region column(LiveAnalysis analysis, Function<ObservableDoubleValue, ? extends Node> scenarioPicker,
                          StoryPlayer player, ObservableBooleanValue shown) {
        Label status = new Label();
        status.setId("presentationStatus");
        status.getStyleClass().add("presentation-status");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(() -> analysis.getAnalysis() == null ? "Analysing…"
                : StatusSummary.describe(analysis.getAnalysis(), null), analysis.analysisProperty()));
        VBox keyPanel = new VBox(8);
        keyPanel.getStyleClass().add("presentation-panel");
        VBox panels = new VBox(GAP, keyPanel, new StoryBar(player).node());
        panels.setPadding(new Insets(GAP));
        ScrollPane scroller = new ScrollPane(panels);
        keyPanel.getChildren().addAll(scenarioPicker.apply(contentWidth(scroller, panels, keyPanel)), status,
                new PresentationLegend().node());
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

    /**
     * The width inside a panel of the column: the viewport's (the column's, less the scroll bar when it
     * shows), not the panels' own width, which grows with whatever in them asks for more.
     */
    private static DoubleBinding contentWidth(ScrollPane scroller, Region panels, Region panel) {
        return Bindings.createDoubleBinding(() -> Math.max(0, scroller.getViewportBounds().getWidth()
                        - horizontal(panels.getInsets()) - horizontal(panel.getInsets())),
                scroller.viewportBoundsProperty(), panels.insetsProperty(), panel.insetsProperty());
    }

    private static double horizontal(Insets insets) {
        return insets.getLeft() + insets.getRight();
    }

    Node node() {
        return pane;
    }

    /** The column beside the map: status, legend and story; null until it was first shown. */
    Node column() {
        return column;
    }
}
