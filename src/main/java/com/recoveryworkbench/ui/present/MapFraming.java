package com.recoveryworkbench.ui.present;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.canvas.CardGeometry;
import com.recoveryworkbench.ui.canvas.Viewport;
import com.recoveryworkbench.ui.canvas.WorldRect;
import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Fits the whole map into the part of the canvas the presentation overlays leave free, so the legend
 * and the story bar never hide a card. Like Fit to Window, it zooms in no further than 100%. FX thread.
 */
final class MapFraming {
    private static final double MARGIN = 24;

    private MapFraming() {
    }

    /**
     * Fits every card of {@code plan} into whichever of the {@code free} rectangles (canvas pixels) shows
     * it biggest; nothing happens for an empty plan or when no rectangle has room.
     */
    static void frame(Viewport viewport, Plan plan, List<Rectangle2D> free) {
        WorldRect map = bounds(plan);
        if (map == null) {
            return;
        }
        Rectangle2D best = null;
        double bestScale = 0;
        for (Rectangle2D area : free) {
            double scale = Math.min((area.getWidth() - 2 * MARGIN) / Math.max(map.width(), 1),
                    (area.getHeight() - 2 * MARGIN) / Math.max(map.height(), 1));
            if (scale > bestScale) {
                best = area;
                bestScale = scale;
            }
        }
        if (best != null) {
            viewport.fit(map, best.getWidth(), best.getHeight(), MARGIN, viewport.displayScale());
            viewport.panBy(best.getMinX(), best.getMinY());
        }
    }

    private static WorldRect bounds(Plan plan) {
        WorldRect all = null;
        for (Service s : plan.services()) {
            WorldRect card = CardGeometry.bounds(s.position());
            all = all == null ? card : new WorldRect(Math.min(all.minX(), card.minX()), Math.min(all.minY(), card.minY()),
                    Math.max(all.maxX(), card.maxX()), Math.max(all.maxY(), card.maxY()));
        }
        return all;
    }
}
