package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.model.Dependency;
import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;

/**
 * Paints dependency arrows from the dependent's card to its dependency's card, arrowhead at the
 * dependency; soft ones dashed, emphasised ones thick, the rest dimmed while a highlight is active,
 * the selected one in the selection colour. Arrows are gathered into a few batches by style and each
 * batch is stroked as one path, so thousands of arrows cost a handful of canvas commands. FX thread only.
 */
final class ArrowPainter {
    private static final double HEAD_LENGTH = 13;
    private static final double HEAD_HALF_WIDTH = 5.5;
    /** Arrowheads smaller than this on screen are left out. */
    private static final double MIN_HEAD_PX = 3;
    private static final double[] DASHES = {9, 6};

    /** Segments of one style, four doubles each. */
    private static final class Batch {
        double[] coords = new double[256];
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

    // Index: 2 * emphasised + soft.
    private final Batch[] batches = {new Batch(), new Batch(), new Batch(), new Batch()};

    void paint(GraphicsContext g, Palette palette, DependencyIndex dependencies, WorldRect visible, Emphasis emphasis,
               Dependency selected, double scale) {
        for (Batch b : batches) {
            b.size = 0;
        }
        CardGeometry.Segment[] selectedSegment = new CardGeometry.Segment[1];
        dependencies.forEachVisible(visible, (d, fx, fy, tx, ty) -> {
            CardGeometry.Segment s = CardGeometry.arrow(fx, fy, tx, ty);
            if (s == null) {
                return;
            }
            if (d.equals(selected)) {
                selectedSegment[0] = s;
            } else {
                batches[(emphasis.emphasises(d) ? 2 : 0) + (d.isHard() ? 0 : 1)].add(s);
            }
        });
        boolean heads = HEAD_LENGTH * scale >= MIN_HEAD_PX;
        double normalWidth = Math.max(1.5, 1 / scale);
        double strongWidth = Math.max(4, 2.5 / scale);
        g.setStroke(palette.arrow());
        g.setFill(palette.arrow());
        g.setGlobalAlpha(emphasis.isActive() ? palette.dimAlpha() : 1);
        stroke(g, batches[0], normalWidth, false, heads);
        stroke(g, batches[1], normalWidth, true, heads);
        g.setGlobalAlpha(1);
        stroke(g, batches[2], strongWidth, false, heads);
        stroke(g, batches[3], strongWidth, true, heads);
        if (selectedSegment[0] != null) {
            Batch one = new Batch();
            one.add(selectedSegment[0]);
            g.setStroke(palette.selection());
            g.setFill(palette.selection());
            stroke(g, one, strongWidth, !selected.isHard(), true);
        }
    }

    private static void stroke(GraphicsContext g, Batch batch, double width, boolean dashed, boolean heads) {
        if (batch.size == 0) {
            return;
        }
        double[] c = batch.coords;
        g.setLineWidth(width);
        g.setLineDashes(dashed ? DASHES : null);
        g.beginPath();
        for (int i = 0; i < batch.size; i += 4) {
            g.moveTo(c[i], c[i + 1]);
            g.lineTo(c[i + 2], c[i + 3]);
        }
        g.stroke();
        g.setLineDashes(null);
        if (!heads) {
            return;
        }
        double grow = width / 1.5;
        g.beginPath();
        for (int i = 0; i < batch.size; i += 4) {
            addHead(g, c[i], c[i + 1], c[i + 2], c[i + 3], grow);
        }
        g.fill();
    }

    /** A triangle with its tip on (x2, y2), pointing along the segment. */
    private static void addHead(GraphicsContext g, double x1, double y1, double x2, double y2, double grow) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        if (length == 0) {
            return;
        }
        double ux = (x2 - x1) / length;
        double uy = (y2 - y1) / length;
        double back = Math.min(HEAD_LENGTH * Math.sqrt(grow), length);
        double half = HEAD_HALF_WIDTH * Math.sqrt(grow);
        double bx = x2 - ux * back;
        double by = y2 - uy * back;
        g.moveTo(x2, y2);
        g.lineTo(bx - uy * half, by + ux * half);
        g.lineTo(bx + uy * half, by - ux * half);
        g.closePath();
    }
}
