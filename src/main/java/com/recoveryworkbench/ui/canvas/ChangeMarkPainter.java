package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.canvas.SemanticZoom.Detail;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

/**
 * Paints the marks of a comparison: removed services as dashed, faded ghost cards under the real ones
 * ({@link #paintGhosts}); added and changed cards outlined, solid for "+ new" and dashed for
 * "Δ changed", each with a badge above the card that says it in words, so the marks read without
 * colour ({@link #paintMarks}). The mark colour is a violet that no verdict or selection uses.
 * FX thread only.
 */
final class ChangeMarkPainter {
    static final String ADDED = "+ new";
    static final String CHANGED = "Δ changed";
    static final String REMOVED = "− removed";
    private static final Color MARK = Color.web("#6a3d9a");
    private static final double BADGE_HEIGHT = 22;
    private static final double BADGE_GAP = 4;
    private static final double GHOST_ALPHA = 0.55;
    private static final Affine SCREEN = new Affine();

    private final TextFitter fitter = new TextFitter();
    private final ScaledFonts fonts = new ScaledFonts();
    private final Font badgeFont = Font.font("System", FontWeight.BOLD, 13);
    private final Font nameFont = Font.font("System", FontWeight.BOLD, 15);

    /** Ghosts of the removed services meeting {@code visible}; world transform set on {@code g}, and left set. */
    void paintGhosts(GraphicsContext g, Palette palette, ChangeMarks marks, WorldRect visible, Viewport v,
                     Affine world, Detail detail) {
        fonts.use(v.scale());
        for (Service s : marks.removed()) {
            WorldRect r = CardGeometry.bounds(s.position());
            if (!r.intersects(visible)) {
                continue;
            }
            g.setGlobalAlpha(GHOST_ALPHA);
            g.setStroke(palette.secondaryText());
            g.setLineWidth(Math.max(2, 1.5 / v.scale()));
            g.setLineDashes(10, 7);
            g.strokeRect(r.minX(), r.minY(), r.width(), r.height());
            g.setLineDashes(null);
            badge(g, palette.secondaryText(), REMOVED, r, v, world, detail);
            if (detail == Detail.FULL) {
                WorldRect name = CardGeometry.nameArea(s.position());
                g.setTransform(SCREEN);
                g.setFill(palette.secondaryText());
                g.setFont(fonts.scaled(nameFont));
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.BASELINE);
                g.fillText(fitter.fit(s.name(), nameFont, name.width()), v.toScreenX(name.minX()),
                        v.toScreenY(s.position().y() + 26));
                g.setTransform(world);
            }
        }
        g.setGlobalAlpha(1);
    }

    /** Outlines and badges of the added and changed cards of {@code index} meeting {@code visible}. */
    void paintMarks(GraphicsContext g, ChangeMarks marks, SpatialIndex index, WorldRect visible, Viewport v,
                    Affine world, Detail detail) {
        fonts.use(v.scale());
        g.setGlobalAlpha(1);
        for (String id : marks.added()) {
            mark(g, index.service(id), false, ADDED, visible, v, world, detail);
        }
        for (String id : marks.changed()) {
            mark(g, index.service(id), true, CHANGED, visible, v, world, detail);
        }
    }

    private void mark(GraphicsContext g, Service s, boolean dashed, String text, WorldRect visible, Viewport v,
                      Affine world, Detail detail) {
        if (s == null || !CardGeometry.bounds(s.position()).intersects(visible)) {
            return;
        }
        WorldRect r = CardGeometry.bounds(s.position()).expanded(3);
        g.setStroke(MARK);
        g.setLineWidth(Math.max(3, 2 / v.scale()));
        g.setLineDashes(dashed ? new double[] {12, 6} : null);
        g.strokeRect(r.minX(), r.minY(), r.width(), r.height());
        g.setLineDashes(null);
        badge(g, MARK, text, r, v, world, detail);
    }

    /** A filled label above the top-left corner of {@code card}, once full cards are legible. */
    private void badge(GraphicsContext g, Color fill, String text, WorldRect card, Viewport v, Affine world,
                       Detail detail) {
        if (detail != Detail.FULL) {
            return;
        }
        double width = text.length() * 8.5 + 14;
        double top = card.minY() - BADGE_GAP - BADGE_HEIGHT;
        g.setFill(fill);
        g.fillRect(card.minX(), top, width, BADGE_HEIGHT);
        g.setTransform(SCREEN);
        g.setFill(Color.WHITE);
        g.setFont(fonts.scaled(badgeFont));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, v.toScreenX(card.minX() + 7), v.toScreenY(top + BADGE_HEIGHT / 2));
        g.setTextBaseline(VPos.BASELINE);
        g.setTransform(world);
    }
}
