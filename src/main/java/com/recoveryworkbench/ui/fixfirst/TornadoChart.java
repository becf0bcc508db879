package com.recoveryworkbench.ui.fixfirst;

import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The sensitivity as a tornado chart ({@code #fixFirstTornado}): one row per service on a late chain,
 * heaviest first, its name, a horizontal bar as long as its weight against the heaviest, and the figure
 * ("1.00 min/min": minutes of total lateness per minute of its restore time). Services off every late
 * chain are left out. Redrawn from the list it is given whenever that changes. FX thread only.
 */
final class TornadoChart {
    private final GridPane grid = new GridPane();
    private final ObservableList<SensitivityBar> bars;

    TornadoChart(ObservableList<SensitivityBar> bars) {
        this.bars = bars;
        grid.setId("fixFirstTornado");
        grid.getStyleClass().add("fix-first-tornado");
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        name.setHalignment(HPos.RIGHT);
        // A name is never cut: the bars take what is left.
        name.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        ColumnConstraints figure = new ColumnConstraints();
        figure.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(name, bar, figure);
        bars.addListener((ListChangeListener<SensitivityBar>) change -> redraw());
        redraw();
    }

    private void redraw() {
        grid.getChildren().clear();
        List<SensitivityBar> rows = List.copyOf(bars);
        double heaviest = rows.stream().mapToDouble(SensitivityBar::lateMinutesPerMinute).max().orElse(1);
        for (int i = 0; i < rows.size(); i++) {
            SensitivityBar row = rows.get(i);
            Label name = new Label(row.name());
            name.getStyleClass().add("fix-first-tornado-name");
            Pane track = new Pane();
            track.setMinWidth(0);
            track.setPrefWidth(120);
            Region bar = new Region();
            bar.getStyleClass().add("fix-first-tornado-bar");
            double share = row.lateMinutesPerMinute() / heaviest;
            bar.prefWidthProperty().bind(track.widthProperty().multiply(share));
            bar.prefHeightProperty().bind(track.heightProperty());
            track.getChildren().add(bar);
            track.setMinHeight(18);
            Label figure = new Label(String.format(Locale.ROOT, "%.2f min/min", row.lateMinutesPerMinute()));
            figure.getStyleClass().add("fix-first-tornado-figure");
            grid.addRow(i, name, track, figure);
        }
    }

    Node node() {
        return grid;
    }
}
