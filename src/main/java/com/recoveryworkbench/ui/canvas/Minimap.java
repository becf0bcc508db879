package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.FoldedMap;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.model.Service;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;

/**
 * The overview in a corner of the map (id {@code canvas-minimap}): every service as a small block in
 * its verdict colour, every folded group as its card (at its size at 100%) in its worst verdict colour,
 * and the part the view shows as a rectangle; pressing or dragging on it centres the view there. The
 * blocks are drawn once per plan, analysis and palette into an image; a frame only draws that image and
 * the rectangle. FX thread only.
 */
final class Minimap {
    static final double WIDTH = 220;
    static final double HEIGHT = 150;
    private static final double INSET = 6;

    private final Canvas node = new Canvas(WIDTH, HEIGHT);
    private final Viewport viewport;
    private final PixelCanvas pixels = new PixelCanvas();
    private final int[] buffer = new int[(int) (WIDTH * HEIGHT)];
    private final WritableImage image = new WritableImage((int) WIDTH, (int) HEIGHT);
    private SpatialIndex drawnIndex;
    private FoldedCards drawnFolds;
    private Analysis drawnAnalysis;
    private Palette drawnPalette;
    /** World to minimap: {@code mini = world * scale + offset}. */
    private double scale = 1;
    private double offsetX;
    private double offsetY;
    private double viewWidth;
    private double viewHeight;

    Minimap(Viewport viewport) {
        this.viewport = viewport;
        node.setId("canvas-minimap");
        node.setVisible(false);
        node.addEventHandler(MouseEvent.MOUSE_PRESSED, this::jump);
        node.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::jump);
        node.addEventHandler(MouseEvent.MOUSE_RELEASED, MouseEvent::consume);
    }

    Canvas node() {
        return node;
    }

    /**
     * Shows the map of {@code index} and the cards of {@code folds} with the view of a {@code width} x
     * {@code height} canvas marked, when {@code always}, or when {@code automatic} and some card lies
     * outside the view; hides it otherwise.
     */
    void paint(SpatialIndex index, FoldedCards folds, Analysis analysis, Palette palette, boolean always,
               boolean automatic, double width, double height) {
        WorldRect all = union(index.bounds(), folds.bounds(1, 0));
        WorldRect visible = viewport.visibleWorld(width, height);
        boolean shown = all != null && (always || automatic && !visible.contains(all));
        node.setVisible(shown);
        if (!shown) {
            return;
        }
        viewWidth = width;
        viewHeight = height;
        if (index != drawnIndex || folds != drawnFolds || analysis != drawnAnalysis || palette != drawnPalette) {
            drawBlocks(index, folds, analysis, palette, all);
        }
        GraphicsContext g = node.getGraphicsContext2D();
        g.drawImage(image, 0, 0);
        g.setStroke(palette.selection());
        g.setLineWidth(2);
        double x0 = Math.max(1, visible.minX() * scale + offsetX);
        double y0 = Math.max(1, visible.minY() * scale + offsetY);
        double x1 = Math.min(WIDTH - 1, visible.maxX() * scale + offsetX);
        double y1 = Math.min(HEIGHT - 1, visible.maxY() * scale + offsetY);
        if (x1 > x0 && y1 > y0) {
            g.strokeRect(x0, y0, x1 - x0, y1 - y0);
        }
    }

    private static WorldRect union(WorldRect a, WorldRect b) {
        return a == null ? b : b == null ? a : a.union(b);
    }

    private void drawBlocks(SpatialIndex index, FoldedCards folds, Analysis analysis, Palette palette,
                            WorldRect all) {
        drawnIndex = index;
        drawnFolds = folds;
        drawnAnalysis = analysis;
        drawnPalette = palette;
        scale = Math.min((WIDTH - 2 * INSET) / all.width(), (HEIGHT - 2 * INSET) / all.height());
        offsetX = WIDTH / 2 - all.centreX() * scale;
        offsetY = HEIGHT / 2 - all.centreY() * scale;
        pixels.reset(buffer, (int) WIDTH, (int) HEIGHT, RasterLayer.rgb(palette.background()));
        double w = Math.max(2, CardGeometry.WIDTH * scale);
        double h = Math.max(2, CardGeometry.HEIGHT * scale);
        for (Service s : index.query(all)) {
            ServiceResult result = analysis == null ? null : analysis.result(s.id()).orElse(null);
            Color colour = result == null ? palette.neutralBand() : palette.verdict(result.verdict());
            pixels.fillRect(s.position().x() * scale + offsetX, s.position().y() * scale + offsetY, w, h,
                    RasterLayer.rgb(colour), 1);
        }
        int border = RasterLayer.rgb(palette.cardBorder());
        for (FoldedCards.Card card : folds.all()) {
            Verdict worst = FoldedMap.tally(card.group(), analysis, Set.of()).worst();
            WorldRect b = card.bounds();
            double x = b.minX() * scale + offsetX;
            double y = b.minY() * scale + offsetY;
            double cw = Math.max(3, b.width() * scale);
            double ch = Math.max(3, b.height() * scale);
            pixels.fillRect(x, y, cw, ch, border, 1);
            pixels.fillRect(x + 1, y + 1, cw - 2, ch - 2,
                    RasterLayer.rgb(worst == null ? palette.neutralBand() : palette.verdict(worst)), 1);
        }
        pixels.fillRect(0, 0, WIDTH, 1, border, 1);
        pixels.fillRect(0, HEIGHT - 1, WIDTH, 1, border, 1);
        pixels.fillRect(0, 0, 1, HEIGHT, border, 1);
        pixels.fillRect(WIDTH - 1, 0, 1, HEIGHT, border, 1);
        image.getPixelWriter().setPixels(0, 0, (int) WIDTH, (int) HEIGHT, PixelFormat.getIntArgbInstance(), buffer, 0,
                (int) WIDTH);
    }

    /** Centres the view on the world point under the mouse. */
    private void jump(MouseEvent e) {
        viewport.centreOn((e.getX() - offsetX) / scale, (e.getY() - offsetY) / scale, viewWidth, viewHeight);
        e.consume();
    }
}
