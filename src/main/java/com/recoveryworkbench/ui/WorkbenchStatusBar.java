package com.recoveryworkbench.ui;

import com.recoveryworkbench.ui.state.LiveAnalysis;
import com.recoveryworkbench.ui.state.LiveCosts;
import com.recoveryworkbench.ui.state.StatusSummary;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;

/**
 * The bar at the bottom of the window ({@code #statusBar}): what a file action is doing, else the
 * {@link StatusSummary} of the newest analysis with its cost of downtime; on the left why the last canvas edit was refused
 * ({@code #refusalMessage}); on the right an "Analysing…" indicator
 * ({@code #analysingIndicator}) while the live analysis runs longer than a blink, and the zoom. FX thread only.
 */
public final class WorkbenchStatusBar {
    private static final Duration INDICATOR_DELAY = Duration.millis(150);

    private final StatusBar bar = new StatusBar();

    /**
     * {@code activity}: what a file action is doing, {@code null} when idle; {@code refusal}: why the last
     * canvas edit was refused, empty when it went through.
     */
    public WorkbenchStatusBar(LiveAnalysis analysis, LiveCosts costs, ObservableStringValue activity,
                              ObservableStringValue refusal, ObservableDoubleValue zoom) {
        Objects.requireNonNull(analysis, "analysis");
        bar.setId("statusBar");
        bar.textProperty().bind(Bindings.createStringBinding(() -> {
            if (activity.get() != null) {
                return activity.get();
            }
            return analysis.getAnalysis() == null ? "Analysing…"
                    : StatusSummary.describe(analysis.getAnalysis(), costs.getCurrent(),
                            analysis.lastRunTimeProperty().get());
        }, activity, analysis.analysisProperty(), costs.currentProperty(), analysis.lastRunTimeProperty()));

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(14, 14);
        Label analysing = new Label("Analysing…", spinner);
        HBox indicator = new HBox(analysing);
        indicator.setId("analysingIndicator");
        indicator.setVisible(false);
        // Shown only when an analysis takes a while, so quick edits do not make the bar flicker.
        PauseTransition delay = new PauseTransition(INDICATOR_DELAY);
        delay.setOnFinished(event -> indicator.setVisible(analysis.runningProperty().get()));
        analysis.runningProperty().addListener((obs, was, running) -> {
            if (running) {
                delay.playFromStart();
            } else {
                delay.stop();
                indicator.setVisible(false);
            }
        });

        Label zoomLabel = new Label();
        zoomLabel.setId("zoomLabel");
        zoomLabel.textProperty().bind(Bindings.createStringBinding(
                () -> "Zoom " + Math.round(zoom.get() * 100) + "%", zoom));
        Label refused = new Label();
        refused.setId("refusalMessage");
        refused.getStyleClass().add("error-message");
        refused.textProperty().bind(refusal);
        bar.getLeftItems().add(refused);
        bar.getRightItems().addAll(indicator, zoomLabel);
    }

    public StatusBar node() {
        return bar;
    }
}
