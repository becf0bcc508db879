package com.recoveryworkbench.ui.timeline;

import com.recoveryworkbench.io.export.VerdictLook;
import com.recoveryworkbench.model.Durations;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link TimelineChart} in immediate mode: the time axis and tier markers on top, then only the
 * rows inside the viewport, so thousands of rows cost what a screenful costs. A service a drill measured
 * gets two bars, planned above proven, the shown basis bold and filled, the other thin and outlined.
 * FX thread only.
 */
final class TimelinePainter {
    static final double ROW_HEIGHT = 26;
    static final double AXIS_HEIGHT = 34;
    static final double LABEL_WIDTH = 200;
    private static final double RIGHT_MARGIN = 16;
    /** A measured service's two bars in its row: the shown basis's bold, the other's thin, planned above. */
    private static final double PAIR_TOP = 3;
    private static final double BOLD_BAR = 12;
    private static final double THIN_BAR = 6;
    private static final double PAIR_GAP = 2;
    private static final Font NORMAL = Font.font(13);
    private static final Font BOLD = Font.font(null, FontWeight.BOLD, 13);
    private static final Color INK = Color.web("#1a1a1a");
    private static final Color GRID = Color.web("#dddddd");
    private static final Color DELAY = Color.web("#000000", 0.08);
    private static final Color SELECTED = Color.web("#0072b2", 0.15);

    static TimelineScale scale(TimelineChart chart, double width) {
        return new TimelineScale(chart.end(), LABEL_WIDTH, Math.max(LABEL_WIDTH + 50, width - RIGHT_MARGIN));
    }

    /** Index of the row at {@code y} in a viewport scrolled down by {@code scrollY}, or -1 above the rows. */
    static int rowAt(double y, double scrollY) {
        return y < AXIS_HEIGHT ? -1 : (int) Math.floor((y - AXIS_HEIGHT + scrollY) / ROW_HEIGHT);
    }

    void paint(GraphicsContext g, TimelineChart chart, double width, double height, double scrollY, Set<String> selected) {
        TimelineScale scale = scale(chart, width);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setFill(DELAY);
        g.fillRect(scale.left(), 0, scale.x(chart.declarationDelay()) - scale.left(), height);
        paintGrid(g, scale, height);
        paintRows(g, chart.rows(), scale, width, height, scrollY, selected, chart.proven());
        paintMarkers(g, chart.markers(), scale, height);
        paintAxis(g, scale, chart, width);
    }

    private void paintGrid(GraphicsContext g, TimelineScale scale, double height) {
        Duration step = scale.tickStep(70);
        g.setStroke(GRID);
        g.setLineWidth(1);
        for (Duration t = Duration.ZERO; t.compareTo(scale.end()) <= 0; t = t.plus(step)) {
            double x = Math.round(scale.x(t)) + 0.5;
            g.strokeLine(x, AXIS_HEIGHT, x, height);
        }
    }

    private void paintRows(GraphicsContext g, List<TimelineRow> rows, TimelineScale scale, double width, double height,
                           double scrollY, Set<String> selected, boolean proven) {
        int first = Math.max(0, rowAt(AXIS_HEIGHT, scrollY));
        int last = Math.min(rows.size() - 1, rowAt(height, scrollY));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (int i = first; i <= last; i++) {
            TimelineRow row = rows.get(i);
            double top = AXIS_HEIGHT + i * ROW_HEIGHT - scrollY;
            double middle = top + ROW_HEIGHT / 2;
            if (row.id() != null && selected.contains(row.id())) {
                g.setFill(SELECTED);
                g.fillRect(0, top, width, ROW_HEIGHT);
            }
            g.setFill(INK);
            g.setFont(row.kind() == TimelineRow.Kind.HEADING ? BOLD : NORMAL);
            double indent = row.kind() == TimelineRow.Kind.HEADING ? 6 : 18;
            g.fillText(row.label(), indent, middle, LABEL_WIDTH - indent - 6);
            if (row.kind() == TimelineRow.Kind.BAR && row.hasOther()) {
                paintBarPair(g, row, scale, top, proven);
            } else if (row.kind() == TimelineRow.Kind.BAR) {
                paintBar(g, row, scale, top);
            } else if (row.kind() == TimelineRow.Kind.UNSCHEDULED) {
                String symbol = row.compliance() == null ? "" : VerdictLook.of(row.compliance()).symbol() + " ";
                g.setFill(row.compliance() == null ? INK : Color.web(VerdictLook.of(row.compliance()).colour()));
                g.fillText(symbol + row.note(), scale.left() + 4, middle);
            }
        }
    }

    private void paintBar(GraphicsContext g, TimelineRow row, TimelineScale scale, double top) {
        double x0 = scale.x(row.start());
        double x1 = Math.max(x0 + 2, scale.x(row.up()));
        Color color = row.compliance() == null ? Color.GRAY : Color.web(VerdictLook.of(row.compliance()).colour());
        g.setFill(color);
        g.fillRect(x0, top + 4, x1 - x0, ROW_HEIGHT - 8);
        g.setFill(INK);
        g.setFont(NORMAL);
        String symbol = row.compliance() == null ? "" : VerdictLook.of(row.compliance()).symbol() + " ";
        g.fillText(symbol + Durations.format(row.up()), x1 + 4, top + ROW_HEIGHT / 2);
    }

    /**
     * A drill-measured service: the planned bar above the proven (measured) one, the bar of the basis
     * shown bold and filled, the other thin and outlined; the shown up time, then the other one.
     */
    private void paintBarPair(GraphicsContext g, TimelineRow row, TimelineScale scale, double top, boolean proven) {
        Color color = row.compliance() == null ? Color.GRAY : Color.web(VerdictLook.of(row.compliance()).colour());
        Duration plannedStart = proven ? row.otherStart() : row.start();
        Duration plannedUp = proven ? row.otherUp() : row.up();
        Duration provenStart = proven ? row.start() : row.otherStart();
        Duration provenUp = proven ? row.up() : row.otherUp();
        double upper = top + PAIR_TOP;
        double lower = upper + (proven ? THIN_BAR : BOLD_BAR) + PAIR_GAP;
        pairBar(g, scale, plannedStart, plannedUp, upper, !proven, color);
        pairBar(g, scale, provenStart, provenUp, lower, proven, color);
        double end = Math.max(scale.x(row.up()), scale.x(row.otherUp()));
        g.setFill(INK);
        g.setFont(NORMAL);
        String symbol = row.compliance() == null ? "" : VerdictLook.of(row.compliance()).symbol() + " ";
        String other = proven ? " · plan " + Durations.format(plannedUp) : " · proven " + Durations.format(provenUp);
        g.fillText(symbol + Durations.format(row.up()) + other, end + 6, top + ROW_HEIGHT / 2);
    }

    private static void pairBar(GraphicsContext g, TimelineScale scale, Duration start, Duration up, double y,
                                boolean bold, Color color) {
        double x0 = scale.x(start);
        double x1 = Math.max(x0 + 2, scale.x(up));
        if (bold) {
            g.setFill(color);
            g.fillRect(x0, y, x1 - x0, BOLD_BAR);
        } else {
            g.setStroke(color);
            g.setLineWidth(1.5);
            g.strokeRect(x0 + 0.75, y + 0.75, x1 - x0 - 1.5, THIN_BAR - 1.5);
        }
    }

    private void paintMarkers(GraphicsContext g, List<TimelineChart.Marker> markers, TimelineScale scale, double height) {
        g.setLineWidth(1.5);
        g.setLineDashes(6, 4);
        g.setFont(BOLD);
        g.setTextBaseline(VPos.TOP);
        for (TimelineChart.Marker marker : markers) {
            double x = scale.x(marker.at());
            g.setStroke(Color.web(marker.color()));
            g.strokeLine(x, AXIS_HEIGHT - 14, x, height);
            g.setFill(Color.web(marker.color()).darker());
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(marker.label(), x, 2);
        }
        g.setLineDashes();
    }

    private void paintAxis(GraphicsContext g, TimelineScale scale, TimelineChart chart, double width) {
        g.setStroke(INK);
        g.setLineWidth(1);
        g.strokeLine(scale.left(), AXIS_HEIGHT - 0.5, width, AXIS_HEIGHT - 0.5);
        g.setFill(INK);
        g.setFont(NORMAL);
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(TextAlignment.CENTER);
        Duration step = scale.tickStep(70);
        for (Duration t = Duration.ZERO; t.compareTo(chart.end()) <= 0; t = t.plus(step)) {
            g.fillText(Durations.format(t), scale.x(t), AXIS_HEIGHT - 3);
        }
    }
}
