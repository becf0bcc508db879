package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.ui.edit.PlanEdits;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Paints the background and its grid. The finest grid step whose lines stay at least
 * {@link #MIN_SPACING_PX} apart on screen is drawn, with every fifth line stronger, so the grid
 * neither vanishes nor turns into a grey wash when zooming out. FX thread only.
 */
final class GridPainter {
    static final double MIN_SPACING_PX = 12;

    private GridPainter() {
    }

    static void paint(GraphicsContext g, Palette palette, WorldRect visible, double scale) {
        g.setFill(palette.background());
        g.fillRect(visible.minX(), visible.minY(), visible.width(), visible.height());
        double step = PlanEdits.GRID;
        while (step * scale < MIN_SPACING_PX) {
            step *= 5;
        }
        g.setLineDashes(null);
        g.setLineWidth(1 / scale);
        lines(g, palette.gridMinor(), visible, step, step * 5);
        lines(g, palette.gridMajor(), visible, step * 5, 0);
    }

    /** Strokes the lines every {@code step}, skipping those on multiples of {@code skip} (when not 0). */
    private static void lines(GraphicsContext g, Color colour, WorldRect visible, double step, double skip) {
        g.setStroke(colour);
        g.beginPath();
        for (double x = Math.floor(visible.minX() / step) * step; x <= visible.maxX(); x += step) {
            if (skip == 0 || Math.abs(Math.IEEEremainder(x, skip)) > step / 2) {
                g.moveTo(x, visible.minY());
                g.lineTo(x, visible.maxY());
            }
        }
        for (double y = Math.floor(visible.minY() / step) * step; y <= visible.maxY(); y += step) {
            if (skip == 0 || Math.abs(Math.IEEEremainder(y, skip)) > step / 2) {
                g.moveTo(visible.minX(), y);
                g.lineTo(visible.maxX(), y);
            }
        }
        g.stroke();
    }
}
