package com.recoveryworkbench.ui.timeline;

import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The restore timeline ({@code #timeline}): one bar per scheduled service from its start to its up
 * time, grouped by wave or, with {@code #timelineByOwner} pressed, by owner; dashed lines at the tier
 * RTO targets, the declaration delay shaded, services without a bar listed last; a service a drill
 * measured has its planned and proven bars, explained by {@code #timelineMeasuredLegend}. Drawn on a canvas
 * the size of the viewport with its own scroll bar, so only visible rows are drawn. Clicking a row
 * selects its service. FX thread only.
 */
public final class RestoreTimelineView {
    private final WorkbenchState workbench;
    private final TimelineModel model;
    private final TimelinePainter painter = new TimelinePainter();
    private final Canvas canvas = new Canvas();
    private final ScrollBar scroll = new ScrollBar();
    private final BorderPane root = new BorderPane();

    public RestoreTimelineView(WorkbenchState workbench) {
        this.workbench = workbench;
        this.model = new TimelineModel(workbench);
        Pane surface = new Pane(canvas) {
            @Override
            protected void layoutChildren() {
                canvas.setWidth(getWidth());
                canvas.setHeight(getHeight());
                updateScroll();
                paint();
            }
        };
        surface.setMinSize(0, 0);
        surface.setPrefSize(600, 240);
        scroll.setOrientation(Orientation.VERTICAL);
        scroll.valueProperty().addListener((obs, old, now) -> paint());
        surface.setOnScroll(e -> scroll.setValue(clamp(scroll.getValue() - e.getDeltaY())));
        surface.setOnMouseClicked(e -> select(TimelinePainter.rowAt(e.getY(), scroll.getValue())));
        model.chartProperty().addListener((obs, old, chart) -> {
            updateScroll();
            paint();
        });
        workbench.selection().servicesProperty().addListener((obs, old, ids) -> paint());
        root.setId("timeline");
        root.setTop(toolbar());
        root.setCenter(surface);
        root.setRight(scroll);
    }

    private Node toolbar() {
        ToggleButton byOwner = new ToggleButton("Group by owner");
        byOwner.setId("timelineByOwner");
        byOwner.setMinWidth(Region.USE_PREF_SIZE);
        byOwner.selectedProperty().addListener((obs, old, on) -> model.groupingProperty()
                .set(on ? TimelineChart.Grouping.OWNER : TimelineChart.Grouping.WAVE));
        Label hint = new Label("Bars run from start to up time; dashed lines are tier RTO targets; the shaded band is the declaration delay.");
        HBox bar = new HBox(10, byOwner, measuredLegend(), hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        return bar;
    }

    /**
     * The legend of the two bars of a drill-measured service ({@code #timelineMeasuredLegend}), shown while
     * the chart has any: the bold bar is the basis shown, the outlined one the other.
     */
    private Node measuredLegend() {
        Rectangle bold = new Rectangle(18, 10, Color.web("#555555"));
        Rectangle thin = new Rectangle(18, 5, Color.TRANSPARENT);
        thin.setStroke(Color.web("#555555"));
        Label shown = new Label("", bold);
        Label other = new Label("", thin);
        // The hint beside them gives way first: the legend and the grouping button keep their words.
        shown.setMinWidth(Region.USE_PREF_SIZE);
        other.setMinWidth(Region.USE_PREF_SIZE);
        HBox legend = new HBox(8, shown, other);
        legend.setId("timelineMeasuredLegend");
        legend.setAlignment(Pos.CENTER_LEFT);
        Runnable words = () -> {
            boolean proven = model.chartProperty().get().proven();
            shown.setText(proven ? "proven (measured)" : "planned");
            other.setText(proven ? "planned" : "proven (measured)");
            legend.setVisible(model.chartProperty().get().hasOtherBars());
            legend.setManaged(legend.isVisible());
        };
        model.chartProperty().addListener((obs, old, chart) -> words.run());
        words.run();
        return legend;
    }

    private void select(int index) {
        List<TimelineRow> rows = model.chartProperty().get().rows();
        if (index >= 0 && index < rows.size() && rows.get(index).id() != null) {
            workbench.reveal(List.of(rows.get(index).id()));
        }
    }

    private double contentHeight() {
        return model.chartProperty().get().rows().size() * TimelinePainter.ROW_HEIGHT;
    }

    private void updateScroll() {
        double visible = Math.max(0, canvas.getHeight() - TimelinePainter.AXIS_HEIGHT);
        scroll.setMax(Math.max(0, contentHeight() - visible));
        scroll.setVisibleAmount(visible);
        scroll.setUnitIncrement(TimelinePainter.ROW_HEIGHT);
        scroll.setBlockIncrement(Math.max(TimelinePainter.ROW_HEIGHT, visible - TimelinePainter.ROW_HEIGHT));
        scroll.setValue(clamp(scroll.getValue()));
    }

    private double clamp(double value) {
        return Math.max(0, Math.min(scroll.getMax(), value));
    }

    private void paint() {
        if (canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            painter.paint(canvas.getGraphicsContext2D(), model.chartProperty().get(), canvas.getWidth(),
                    canvas.getHeight(), scroll.getValue(), workbench.selection().getServices());
        }
    }

    public Node node() {
        return root;
    }
}
