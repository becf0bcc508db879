package com.recoveryworkbench.io.export;

import static com.recoveryworkbench.io.export.SvgText.num;

import com.recoveryworkbench.model.ServiceKind;

/** Writes the {@link GlyphShape}s of a kind of service as one SVG group. Stateless. */
final class SvgGlyph {
    private SvgGlyph() {
    }

    static void draw(StringBuilder out, ServiceKind kind, double x, double y, double size) {
        out.append("<g class=\"kind\" fill=\"none\" stroke=\"").append(MapLook.TEXT).append("\" stroke-width=\"")
                .append(num(MapLook.GLYPH_LINE_WIDTH)).append("\">");
        for (GlyphShape shape : GlyphShape.of(kind, x, y, size)) {
            out.append(svg(shape));
        }
        out.append("</g>\n");
    }

    private static String svg(GlyphShape shape) {
        if (shape instanceof GlyphShape.Line l) {
            return "<line x1=\"" + num(l.x1()) + "\" y1=\"" + num(l.y1()) + "\" x2=\"" + num(l.x2()) + "\" y2=\""
                    + num(l.y2()) + "\"/>";
        }
        if (shape instanceof GlyphShape.Box b) {
            return "<rect x=\"" + num(b.x()) + "\" y=\"" + num(b.y()) + "\" width=\"" + num(b.w()) + "\" height=\""
                    + num(b.h()) + "\"/>";
        }
        if (shape instanceof GlyphShape.Ring r) {
            return ellipse(r.x(), r.y(), r.w(), r.h(), "");
        }
        if (shape instanceof GlyphShape.Dot d) {
            return ellipse(d.x(), d.y(), d.w(), d.h(), " fill=\"" + MapLook.TEXT + "\" stroke=\"none\"");
        }
        if (shape instanceof GlyphShape.HalfRing h) {
            // From the left end to the right end; sweep 0 passes below the centre in SVG's y-down frame.
            return "<path d=\"M" + num(h.x()) + "," + num(h.y() + h.h() / 2) + " A" + num(h.w() / 2) + ","
                    + num(h.h() / 2) + " 0 0 " + (h.lower() ? 0 : 1) + " " + num(h.x() + h.w()) + ","
                    + num(h.y() + h.h() / 2) + "\"/>";
        }
        GlyphShape.Outline o = (GlyphShape.Outline) shape;
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < o.xs().length; i++) {
            points.append(i == 0 ? "" : " ").append(num(o.xs()[i])).append(',').append(num(o.ys()[i]));
        }
        return "<polygon points=\"" + points + "\"/>";
    }

    private static String ellipse(double x, double y, double w, double h, String extra) {
        return "<ellipse cx=\"" + num(x + w / 2) + "\" cy=\"" + num(y + h / 2) + "\" rx=\"" + num(w / 2) + "\" ry=\""
                + num(h / 2) + "\"" + extra + "/>";
    }
}
