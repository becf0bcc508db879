package com.recoveryworkbench.io.export;

import com.recoveryworkbench.model.ServiceKind;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Strokes the {@link GlyphShape}s of a kind of service with Java2D. Stateless. */
final class AwtGlyph {
    private AwtGlyph() {
    }

    static void draw(Graphics2D g, ServiceKind kind, double x, double y, double size) {
        g.setColor(PngPicture.colour(MapLook.TEXT));
        g.setStroke(new BasicStroke((float) MapLook.GLYPH_LINE_WIDTH));
        for (GlyphShape shape : GlyphShape.of(kind, x, y, size)) {
            if (shape instanceof GlyphShape.Line l) {
                g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
            } else if (shape instanceof GlyphShape.Box b) {
                g.draw(new Rectangle2D.Double(b.x(), b.y(), b.w(), b.h()));
            } else if (shape instanceof GlyphShape.Ring r) {
                g.draw(new Ellipse2D.Double(r.x(), r.y(), r.w(), r.h()));
            } else if (shape instanceof GlyphShape.Dot d) {
                g.fill(new Ellipse2D.Double(d.x(), d.y(), d.w(), d.h()));
            } else if (shape instanceof GlyphShape.HalfRing h) {
                // Angles run anticlockwise from three o'clock: 180° onwards is the lower half.
                g.draw(new Arc2D.Double(h.x(), h.y(), h.w(), h.h(), h.lower() ? 180 : 0, 180, Arc2D.OPEN));
            } else if (shape instanceof GlyphShape.Outline o) {
                Path2D.Double path = new Path2D.Double();
                path.moveTo(o.xs()[0], o.ys()[0]);
                for (int i = 1; i < o.xs().length; i++) {
                    path.lineTo(o.xs()[i], o.ys()[i]);
                }
                path.closePath();
                g.draw(path);
            }
        }
    }
}
