package com.recoveryworkbench.ui.present;

import com.recoveryworkbench.io.export.VerdictLook;
import com.recoveryworkbench.ui.form.VerdictStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;

/**
 * The legend presentation mode keeps on screen ({@code #presentationLegend}): every verdict with its
 * symbol, colour and word, the two kinds of dependency arrow, and what grey means, flowing into as
 * many rows as the column beside the map needs, never cut. FX thread only.
 */
final class PresentationLegend {
    private static final double ARROW_LENGTH = 44;

    private final FlowPane grid = new FlowPane(20, 4);

    PresentationLegend() {
        grid.setId("presentationLegend");
        grid.getStyleClass().add("presentation-legend");
        List<Node> entries = new ArrayList<>();
        for (VerdictLook look : VerdictLook.values()) {
            Label verdict = new Label(look.symbol() + "  " + look.label());
            verdict.getStyleClass().add("legend-verdict");
            VerdictStyle.show(verdict, look);
            entries.add(verdict);
        }
        Label grey = new Label("grey  not restored yet");
        grey.getStyleClass().add("legend-grey");
        entries.addAll(List.of(grey, arrow("hard: needed first", false), arrow("soft: degraded without", true)));
        grid.getChildren().addAll(entries);
    }

    private static Node arrow(String meaning, boolean dashed) {
        Line line = new Line(0, 0, ARROW_LENGTH, 0);
        Polygon head = new Polygon(ARROW_LENGTH, 0, ARROW_LENGTH - 12, -7, ARROW_LENGTH - 12, 7);
        line.getStyleClass().add("legend-line");
        head.getStyleClass().add("legend-head");
        Group arrow = new Group(line, head);
        arrow.getStyleClass().add(dashed ? "legend-soft-arrow" : "legend-hard-arrow");
        HBox row = new HBox(10, arrow, new Label(meaning));
        row.getStyleClass().add("legend-arrow");
        return row;
    }

    Node node() {
        return grid;
    }
}
