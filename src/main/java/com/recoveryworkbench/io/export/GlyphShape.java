package com.recoveryworkbench.io.export;

import com.recoveryworkbench.model.ServiceKind;
import java.util.ArrayList;
import java.util.List;

/**
 * One stroke of the small line drawing that tells a kind of service apart on a card (the canvas
 * draws the same ones), in picture units; a renderer strokes each shape with
 * {@link MapLook#GLYPH_LINE_WIDTH} in the text colour, and fills {@link Dot}s with it.
 */
sealed interface GlyphShape {
    record Line(double x1, double y1, double x2, double y2) implements GlyphShape {
    }

    record Box(double x, double y, double w, double h) implements GlyphShape {
    }

    /** An ellipse inside the box (x, y, w, h). */
    record Ring(double x, double y, double w, double h) implements GlyphShape {
    }

    /** A filled ellipse inside the box (x, y, w, h). */
    record Dot(double x, double y, double w, double h) implements GlyphShape {
    }

    /** The lower or upper half of the ellipse inside the box (x, y, w, h), open. */
    record HalfRing(double x, double y, double w, double h, boolean lower) implements GlyphShape {
    }

    /** A closed outline through the points (xs[i], ys[i]). */
    record Outline(double[] xs, double[] ys) implements GlyphShape {
    }

    /** The drawing of {@code kind} in the square of side {@code s} whose top left is (x, y). */
    static List<GlyphShape> of(ServiceKind kind, double x, double y, double s) {
        List<GlyphShape> out = new ArrayList<>();
        switch (kind) {
            case APPLICATION -> {
                out.add(new Box(x, y + s * 0.1, s, s * 0.8));
                out.add(new Line(x, y + s * 0.32, x + s, y + s * 0.32));
            }
            case DATABASE -> {
                double h = s * 0.25;
                out.add(new Ring(x, y, s, h));
                out.add(new Line(x, y + h / 2, x, y + s - h / 2));
                out.add(new Line(x + s, y + h / 2, x + s, y + s - h / 2));
                out.add(new HalfRing(x, y + s - h, s, h, true));
                out.add(new HalfRing(x, y + s / 2 - h / 2, s, h, true));
            }
            case STORAGE -> {
                out.add(new Box(x, y + s * 0.05, s, s * 0.4));
                out.add(new Box(x, y + s * 0.55, s, s * 0.4));
                out.add(new Dot(x + s * 0.72, y + s * 0.2, s * 0.12, s * 0.12));
                out.add(new Dot(x + s * 0.72, y + s * 0.7, s * 0.12, s * 0.12));
            }
            case CACHE -> out.add(new Outline(
                    new double[] {x + s * 0.6, x + s * 0.15, x + s * 0.5, x + s * 0.35, x + s * 0.85, x + s * 0.5},
                    new double[] {y, y + s * 0.55, y + s * 0.55, y + s, y + s * 0.4, y + s * 0.4}));
            case QUEUE -> {
                for (int i = 0; i < 3; i++) {
                    out.add(new Box(x + i * s * 0.36, y + s * 0.25, s * 0.28, s * 0.5));
                }
            }
            case NETWORK -> {
                double r = s * 0.22;
                out.add(new Line(x + s / 2, y + r, x + r, y + s - r));
                out.add(new Line(x + s / 2, y + r, x + s - r, y + s - r));
                out.add(new Line(x + r, y + s - r, x + s - r, y + s - r));
                out.add(new Ring(x + s / 2 - r, y, 2 * r, 2 * r));
                out.add(new Ring(x, y + s - 2 * r, 2 * r, 2 * r));
                out.add(new Ring(x + s - 2 * r, y + s - 2 * r, 2 * r, 2 * r));
            }
            case IDENTITY -> {
                out.add(new Ring(x + s * 0.3, y, s * 0.4, s * 0.4));
                out.add(new HalfRing(x + s * 0.05, y + s * 0.45, s * 0.9, s * 1.1, false));
            }
            case EXTERNAL -> {
                out.add(new Ring(x, y, s, s));
                out.add(new Ring(x + s * 0.28, y, s * 0.44, s));
                out.add(new Line(x, y + s / 2, x + s, y + s / 2));
            }
        }
        return out;
    }
}
