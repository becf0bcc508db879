package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.TierPolicy;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.transform.Affine;

/**
 * Paints a {@link Frame} onto a canvas through a {@link Viewport}: background grid, then the arrows,
 * then the cards, then selection outlines. Only what meets the visible area is drawn, found through
 * the indexes, so a frame costs what is on screen, not what is in the plan. FX thread only.
 */
public final class PlanPainter {
    private final CardPainter cards = new CardPainter();
    private final ArrowPainter arrows = new ArrowPainter();

    /** Paints the whole {@code width} x {@code height} canvas; leaves the world transform in place for overlays. */
    public void paint(GraphicsContext g, Frame frame, Viewport viewport, Palette palette, double width,
                      double height) {
        double scale = viewport.scale();
        g.setTransform(new Affine(scale, 0, viewport.offsetX(), 0, scale, viewport.offsetY()));
        g.setGlobalAlpha(1);
        WorldRect visible = viewport.visibleWorld(width, height);
        GridPainter.paint(g, palette, visible, scale);
        arrows.paint(g, palette, frame.dependencies(), visible, frame.emphasis(), frame.selectedDependency(), scale);

        Plan plan = frame.services().plan();
        CardPainter.Detail detail = CardPainter.detailAt(scale);
        Emphasis emphasis = frame.emphasis();
        List<Service> shown = frame.services().query(visible);
        TierPolicy lastTier = null;
        for (Service s : shown) {
            ServiceResult result = frame.analysis() == null ? null : frame.analysis().result(s.id()).orElse(null);
            if (lastTier == null || !lastTier.id().equals(s.tier())) {
                lastTier = plan.tier(s.tier()).orElse(null);
            }
            g.setGlobalAlpha(emphasis.isActive() && !emphasis.emphasises(s.id()) ? palette.dimAlpha() : 1);
            cards.paint(g, palette, detail, s, result, lastTier, scale);
        }
        g.setGlobalAlpha(1);
        paintSelection(g, frame, palette, scale);
    }

    private static void paintSelection(GraphicsContext g, Frame frame, Palette palette, double scale) {
        g.setStroke(palette.selection());
        g.setLineDashes(null);
        g.setLineWidth(Math.max(4, 3 / scale));
        double gap = Math.max(3, 2 / scale);
        for (String id : frame.selected()) {
            Service s = frame.services().service(id);
            if (s != null) {
                WorldRect r = CardGeometry.bounds(s.position()).expanded(gap);
                g.strokeRect(r.minX(), r.minY(), r.width(), r.height());
            }
        }
    }
}
