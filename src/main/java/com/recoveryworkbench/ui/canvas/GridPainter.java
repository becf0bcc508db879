package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.ui.edit.PlanEdits;
import javafx.scene.paint.Color;

/**
 * Paints the grid into the raster layer (whose fill is the background). The finest grid step whose
 * lines stay at least {@link #MIN_SPACING_PX} apart on screen is drawn, with every fifth line
 * stronger, so the grid neither vanishes nor turns into a grey wash when zooming out. FX thread only.
 */
final class GridPainter {
    static final double MIN_SPACING_PX = 12;

    private GridPainter() {
    }

    /** {@code pixelScale}: device pixels per screen pixel of the raster. */
    static void paint(PixelCanvas raster, Palette palette, Viewport viewport, double pixelScale, WorldRect visible) {
        double step = PlanEdits.GRID;
        while (step * viewport.scale() < MIN_SPACING_PX) {
            step *= 5;
        }
        lines(raster, palette.gridMinor(), viewport, pixelScale, visible, step, step * 5);
        lines(raster, palette.gridMajor(), viewport, pixelScale, visible, step * 5, 0);
    }

    /** Draws the lines every {@code step}, skipping those on multiples of {@code skip} (when not 0). */
    private static void lines(PixelCanvas raster, Color colour, Viewport v, double ps, WorldRect visible,
                              double step, double skip) {
        int rgb = RasterLayer.rgb(colour);
        double alpha = colour.getOpacity();
        for (double x = Math.floor(visible.minX() / step) * step; x <= visible.maxX(); x += step) {
            if (skip == 0 || Math.abs(Math.IEEEremainder(x, skip)) > step / 2) {
                raster.fillRect(Math.floor(v.toScreenX(x) * ps), 0, 1, raster.height(), rgb, alpha);
            }
        }
        for (double y = Math.floor(visible.minY() / step) * step; y <= visible.maxY(); y += step) {
            if (skip == 0 || Math.abs(Math.IEEEremainder(y, skip)) > step / 2) {
                raster.fillRect(0, Math.floor(v.toScreenY(y) * ps), raster.width(), 1, rgb, alpha);
            }
        }
    }
}
