package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.analysis.FoldedMap;
import com.recoveryworkbench.model.Service;
import java.util.Arrays;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

/**
 * Paints the bundled arrows into and out of the folded groups of a frame ({@link FoldView}): the arrows
 * themselves into the raster layer, over the lanes and under everything drawn as vectors, and the count
 * of each arrow that stands for more than one dependency as a pill over the arrows, where it covers no
 * other count and no card ({@link CountPlacement}). Folding two regions of a 5,000-service plan makes thousands of bundled arrows, which
 * the renderer took tens of milliseconds to stroke one by one; in the raster they cost what the plain
 * arrows cost. Their lines in world units are worked out once per plan, fold and zoom; a frame only
 * moves them to the screen and draws those that meet it. FX thread only.
 */
final class BundlePainter {
    private static final Affine SCREEN = new Affine();

    private final FrameText drawn;
    private final Text probe = new Text();
    private Font countFont = Font.font("System", FontWeight.BOLD, 1);
    /** The bundled arrows' lines of {@link #linesOf}, four world coordinates each, and their bundles. */
    private double[] lines = new double[0];
    private FoldedMap.Bundle[] bundles = new FoldedMap.Bundle[0];
    private int lineCount;
    private Object[] linesOf = new Object[4];
    /** The counts of this frame's arrows on screen standing for more than one: x, y (screen) and count. */
    private double[] counts = new double[0];
    private int countCount;
    /** How many arrows of the last {@link #gather} meet the screen. */
    private int onScreen;
    /** Where this frame's counts go, clear of each other and of the cards. */
    private final CountPlacement placement = new CountPlacement();
    /** The width of a digit of {@link #countFont}. */
    private double digitWidth;

    BundlePainter(FrameText drawn) {
        this.drawn = drawn;
    }

    /**
     * Prepares a frame of {@code width} x {@code height} screen pixels: works out the arrows' lines when the
     * plan, fold or zoom changed, and where the counts of those on screen go; counts the arrows on screen
     * as drawn in the frame's text.
     */
    void gather(Frame frame, Viewport v, double width, double height) {
        countCount = 0;
        onScreen = 0;
        FoldedCards cards = frame.fold().cards();
        if (cards.isEmpty()) {
            lineCount = 0;
            return;
        }
        double minPx = SemanticZoom.minTextPx(frame.presentation());
        useCountFont(minPx);
        double pillHeight = pillHeight();
        placement.reset(pillHeight);
        CountPlacement.Cards onMap = CountPlacement.cardsOf(frame, v, minPx);
        if (linesOf[0] != cards || linesOf[1] != frame.services() || (double) linesOf[2] != v.scale()
                || (double) linesOf[3] != minPx) {
            lines(frame, cards, v.scale(), minPx);
            linesOf = new Object[] {cards, frame.services(), v.scale(), minPx};
        }
        for (int i = 0; i < lineCount; i++) {
            double[] s = screen(i, v, 1);
            if (Math.max(s[0], s[2]) < 0 || Math.min(s[0], s[2]) > width || Math.max(s[1], s[3]) < 0
                    || Math.min(s[1], s[3]) > height) {
                continue;
            }
            drawn.bundled();
            onScreen++;
            FoldedMap.Bundle bundle = bundles[i];
            if (bundle.count() > 1) {
                double[] at = placement.place(s, bundle.from().folded(), bundle.to().folded(), 3 * minPx,
                        pillWidth(bundle.count()), pillHeight, onMap);
                if (at == null) {
                    continue;
                }
                if (countCount * 3 + 3 > counts.length) {
                    counts = Arrays.copyOf(counts, Math.max(48, counts.length * 2));
                }
                counts[countCount * 3] = at[0];
                counts[countCount * 3 + 1] = at[1];
                counts[countCount * 3 + 2] = bundle.count();
                countCount++;
            }
        }
    }

    /** Sets the counts' font to {@code px} and measures its digits when the size changed. */
    private void useCountFont(double px) {
        if (countFont.getSize() != px) {
            countFont = Font.font("System", FontWeight.BOLD, px);
            probe.setFont(countFont);
            probe.setText("0");
            digitWidth = probe.getLayoutBounds().getWidth();
        }
    }

    /** A count pill's width: its digits and half an em either side. */
    private double pillWidth(int count) {
        return digitWidth * String.valueOf(count).length() + countFont.getSize();
    }

    private double pillHeight() {
        return countFont.getSize() * 1.4;
    }

    /**
     * Whether the arrows of the last {@link #gather} are drawn anti-aliased: when they are as few on screen as
     * the plain arrows must be to be ({@link ArrowPainter#SMOOTH_LIMIT}).
     */
    boolean smooth() {
        return onScreen <= ArrowPainter.SMOOTH_LIMIT;
    }

    /** The lines of the bundled arrows whose ends are both on the canvas, from border to border of their boxes. */
    private void lines(Frame frame, FoldedCards cards, double scale, double minPx) {
        int size = cards.map().bundles().size();
        if (bundles.length < size) {
            bundles = new FoldedMap.Bundle[size];
            lines = new double[4 * size];
        }
        lineCount = 0;
        for (FoldedMap.Bundle bundle : cards.map().bundles()) {
            WorldRect from = end(bundle.from(), frame, cards, scale, minPx);
            WorldRect to = end(bundle.to(), frame, cards, scale, minPx);
            double[] s = from == null || to == null ? null : BundleGeometry.segment(from, to);
            if (s != null) {
                System.arraycopy(s, 0, lines, 4 * lineCount, 4);
                bundles[lineCount++] = bundle;
            }
        }
    }

    /** Where an arrow end is drawn, in world units; {@code null} when it is not on the canvas. */
    private static WorldRect end(FoldedMap.End end, Frame frame, FoldedCards cards, double scale, double minPx) {
        if (end.folded()) {
            FoldedCards.Card card = cards.card(end.id());
            return card == null ? null : FoldedCards.drawnBounds(card, scale, minPx);
        }
        Service s = frame.services().service(end.id());
        return s == null ? null : CardGeometry.bounds(s.position());
    }

    /** Line {@code i} in screen pixels times {@code pixelScale}. */
    private double[] screen(int i, Viewport v, double pixelScale) {
        return new double[] {v.toScreenX(lines[4 * i]) * pixelScale, v.toScreenY(lines[4 * i + 1]) * pixelScale,
            v.toScreenX(lines[4 * i + 2]) * pixelScale, v.toScreenY(lines[4 * i + 3]) * pixelScale};
    }

    /**
     * Draws the arrows of the last {@link #gather} into the raster layer ({@code pixelScale} device pixels a
     * screen pixel), within its clip: solid when one of the dependencies is hard, else dashed, dimmed while a
     * highlight is active, anti-aliased while they are few on screen ({@link #smooth}).
     */
    void rasterise(PixelCanvas raster, Palette palette, Frame frame, Viewport v, double pixelScale) {
        int rgb = RasterLayer.rgb(palette.arrow());
        double alpha = palette.arrow().getOpacity() * (frame.emphasis().isActive() ? palette.dimAlpha() : 1);
        double width = Math.max(2, 2.5 * v.scale()) * frame.lineWeight(palette) * pixelScale;
        boolean smooth = smooth();
        for (int i = 0; i < lineCount; i++) {
            double[] s = screen(i, v, pixelScale);
            boolean hard = bundles[i].hard();
            raster.line(s[0], s[1], s[2], s[3], rgb, alpha, width, hard ? 0 : 3 * width, 2 * width, smooth);
            double[] h = ArrowPainter.head(s[0], s[1], s[2], s[3], 5 * width, 2.2 * width);
            if (h != null) {
                raster.triangle(h[0], h[1], h[2], h[3], h[4], h[5], rgb, alpha);
            }
        }
    }

    /** Draws the counts of the last {@link #gather} over the cards, and leaves {@code world} set on {@code g}. */
    void paintCounts(GraphicsContext g, Palette palette, Affine world) {
        if (countCount == 0) {
            return;
        }
        g.setTransform(SCREEN);
        g.setGlobalAlpha(1);
        g.setFont(countFont);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < countCount; i++) {
            paintCount(g, palette, (int) counts[3 * i + 2], counts[3 * i], counts[3 * i + 1]);
        }
        drawn.drew(countFont.getSize());
        g.setTransform(world);
    }

    /** A pill with the number of dependencies an arrow stands for, centred on (x, y). */
    private void paintCount(GraphicsContext g, Palette palette, int count, double x, double y) {
        String text = String.valueOf(count);
        double w = pillWidth(count);
        double h = pillHeight();
        g.setFill(palette.background());
        g.fillRoundRect(x - w / 2, y - h / 2, w, h, h, h);
        g.setStroke(palette.arrow());
        g.setLineWidth(1.5);
        g.strokeRoundRect(x - w / 2, y - h / 2, w, h, h, h);
        g.setFill(palette.text());
        g.fillText(text, x, y);
    }
}
