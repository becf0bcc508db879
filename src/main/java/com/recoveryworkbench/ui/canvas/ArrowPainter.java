package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.model.Dependency;
import java.util.Arrays;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Paints dependency arrows from the dependent's card to its dependency's card, arrowhead at the
 * dependency; soft ones dashed, dimmed while a highlight is active unless they are part of it, faint
 * when they touch a greyed-out service, thicker with the frame's line weight.
 *
 * <p>Plain arrows, which may be thousands, are drawn into the raster layer ({@link #rasterise});
 * the few emphasised ones (thick) and the selected one (selection colour) are gathered there and
 * stroked as vector paths over it ({@link #strokeEmphasised}). FX thread only.
 */
final class ArrowPainter {
    private static final double HEAD_LENGTH = 13;
    private static final double HEAD_HALF_WIDTH = 5.5;
    /** Arrowheads smaller than this on screen are left out. */
    private static final double MIN_HEAD_PX = 3;
    private static final double DASH_ON = 9;
    private static final double DASH_OFF = 6;
    /**
     * Past this many arrows on screen the plain ones are drawn without anti-aliasing: a tangle that
     * dense reads the same either way, and it is three times cheaper.
     */
    static final int SMOOTH_LIMIT = 600;
    /** Opacity of an arrow to or from a greyed-out service, over the usual one. */
    static final double GREYED_ALPHA = 0.35;

    /** Segments of one style, four doubles each. */
    private static final class Batch {
        double[] coords = new double[64];
        int size;

        void add(CardGeometry.Segment s) {
            if (size + 4 > coords.length) {
                coords = Arrays.copyOf(coords, coords.length * 2);
            }
            coords[size++] = s.x1();
            coords[size++] = s.y1();
            coords[size++] = s.x2();
            coords[size++] = s.y2();
        }
    }

    private final Batch strongHard = new Batch();
    private final Batch strongSoft = new Batch();
    /** The plain arrows of the frame: their segments (in {@link #plainSegments}) and how each is drawn. */
    private final Batch plainSegments = new Batch();
    private byte[] plainStyle = new byte[64];
    private int plainCount;
    private CardGeometry.Segment selectedSegment;
    /** How many arrows the last {@link #gather} found, and for what. */
    private int onScreen;
    private DependencyIndex gatheredFrom;
    private Frame gatheredFor;
    private WorldRect gatheredIn;

    /** Bits of {@link #plainStyle}. */
    private static final byte SOFT = 1;
    private static final byte TOUCHES_GREYED = 2;

    /**
     * Draws the plain arrows that meet {@code visible} into {@code raster} ({@code pixelScale} device
     * pixels per screen pixel), within its clip, and keeps the emphasised and selected ones for
     * {@link #strokeEmphasised}.
     */
    void rasterise(PixelCanvas raster, Palette palette, DependencyIndex dependencies, WorldRect visible,
                   Frame frame, Viewport v, double pixelScale) {
        if (dependencies != gatheredFrom || frame != gatheredFor || !visible.equals(gatheredIn)) {
            gather(dependencies, visible, frame);
        }
        double toPx = v.scale() * pixelScale;
        int rgb = RasterLayer.rgb(palette.arrow());
        double alpha = palette.arrow().getOpacity() * (frame.emphasis().isActive() ? palette.dimAlpha() : 1);
        double greyedAlpha = alpha * GREYED_ALPHA;
        double width = Math.max(1.5 * v.scale(), 1) * frame.lineWeight(palette) * pixelScale;
        double dashOn = Math.max(3, DASH_ON * toPx);
        double dashOff = Math.max(2, DASH_OFF * toPx);
        boolean heads = HEAD_LENGTH * v.scale() >= MIN_HEAD_PX;
        boolean smooth = smooth();
        double[] c = plainSegments.coords;
        for (int i = 0; i < plainCount; i++) {
            double x1 = v.toScreenX(c[4 * i]) * pixelScale;
            double y1 = v.toScreenY(c[4 * i + 1]) * pixelScale;
            double x2 = v.toScreenX(c[4 * i + 2]) * pixelScale;
            double y2 = v.toScreenY(c[4 * i + 3]) * pixelScale;
            byte style = plainStyle[i];
            double a = (style & TOUCHES_GREYED) != 0 ? greyedAlpha : alpha;
            raster.line(x1, y1, x2, y2, rgb, a, width, (style & SOFT) != 0 ? dashOn : 0, dashOff, smooth);
            if (heads) {
                double[] h = head(x1, y1, x2, y2, HEAD_LENGTH * toPx, HEAD_HALF_WIDTH * toPx);
                if (h != null) {
                    raster.triangle(h[0], h[1], h[2], h[3], h[4], h[5], rgb, a);
                }
            }
        }
    }

    /**
     * Whether the plain arrows of the last {@link #gather} are drawn anti-aliased: when they are few
     * enough on screen.
     */
    boolean smooth() {
        return onScreen <= SMOOTH_LIMIT;
    }

    /**
     * Sorts the arrows that may meet {@code visible} into plain, emphasised and selected, in one pass
     * over the index, for {@link #rasterise} (which calls it unless it was called for the same frame
     * and area) and {@link #strokeEmphasised}.
     */
    void gather(DependencyIndex dependencies, WorldRect visible, Frame frame) {
        gatheredFrom = dependencies;
        gatheredFor = frame;
        gatheredIn = visible;
        Emphasis emphasis = frame.emphasis();
        boolean highlighting = emphasis.isActive();
        Dependency selected = frame.selectedDependency();
        Set<String> greyed = frame.greyed();
        boolean anyGreyed = !greyed.isEmpty();
        strongHard.size = 0;
        strongSoft.size = 0;
        plainSegments.size = 0;
        plainCount = 0;
        selectedSegment = null;
        int[] count = {0};
        dependencies.forEachVisible(visible, (d, fx, fy, tx, ty) -> {
            count[0]++;
            CardGeometry.Segment s = CardGeometry.arrow(fx, fy, tx, ty);
            if (s == null) {
                return;
            }
            if (selected != null && d.equals(selected)) {
                selectedSegment = s;
            } else if (highlighting && emphasis.emphasises(d)) {
                (d.isHard() ? strongHard : strongSoft).add(s);
            } else {
                boolean faint = anyGreyed && (greyed.contains(d.from()) || greyed.contains(d.to()));
                addPlain(s, (byte) ((d.isHard() ? 0 : SOFT) | (faint ? TOUCHES_GREYED : 0)));
            }
        });
        onScreen = count[0];
    }

    private void addPlain(CardGeometry.Segment s, byte style) {
        if (plainCount == plainStyle.length) {
            plainStyle = Arrays.copyOf(plainStyle, plainCount * 2);
        }
        plainStyle[plainCount++] = style;
        plainSegments.add(s);
    }

    /** Strokes the arrows {@link #rasterise} kept, in world units (the world transform is set on {@code g}). */
    void strokeEmphasised(GraphicsContext g, Palette palette, Dependency selected, double scale, double weight) {
        double width = Math.max(4, 2.5 / scale) * weight;
        stroke(g, strongHard, palette.arrow(), width, false);
        stroke(g, strongSoft, palette.arrow(), width, true);
        if (selectedSegment != null) {
            Batch one = new Batch();
            one.add(selectedSegment);
            stroke(g, one, palette.selection(), width, !selected.isHard());
        }
    }

    private static void stroke(GraphicsContext g, Batch batch, Color colour, double width, boolean dashed) {
        if (batch.size == 0) {
            return;
        }
        double[] c = batch.coords;
        g.setStroke(colour);
        g.setFill(colour);
        g.setLineWidth(width);
        g.setLineDashes(dashed ? new double[] {DASH_ON * 1.5, DASH_OFF * 1.5} : null);
        g.beginPath();
        for (int i = 0; i < batch.size; i += 4) {
            g.moveTo(c[i], c[i + 1]);
            g.lineTo(c[i + 2], c[i + 3]);
        }
        g.stroke();
        g.setLineDashes(null);
        g.beginPath();
        for (int i = 0; i < batch.size; i += 4) {
            double[] h = head(c[i], c[i + 1], c[i + 2], c[i + 3], HEAD_LENGTH * 1.5, HEAD_HALF_WIDTH * 1.5);
            if (h != null) {
                g.moveTo(h[0], h[1]);
                g.lineTo(h[2], h[3]);
                g.lineTo(h[4], h[5]);
                g.closePath();
            }
        }
        g.fill();
    }

    /** The corners of an arrowhead with its tip on (x2, y2), pointing along the segment; {@code null} for no length. */
    static double[] head(double x1, double y1, double x2, double y2, double length, double halfWidth) {
        double total = Math.hypot(x2 - x1, y2 - y1);
        if (total == 0) {
            return null;
        }
        double ux = (x2 - x1) / total;
        double uy = (y2 - y1) / total;
        double back = Math.min(length, total);
        double bx = x2 - ux * back;
        double by = y2 - uy * back;
        return new double[] {x2, y2, bx - uy * halfWidth, by + ux * halfWidth, bx + uy * halfWidth, by - ux * halfWidth};
    }
}
