package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.model.Service;
import java.util.Collection;
import java.util.List;
import javafx.scene.canvas.Canvas;

/**
 * Moves the view: fit everything, zoom to some services, step the zoom around the middle, reveal
 * services without zooming in. "100%" is the viewport's display scale, so presentation mode zooms
 * to its own larger 100%. Zooming to services before the canvas has a size waits for its first size.
 * FX thread only.
 */
final class Navigation {
    private static final double ZOOM_STEP = 1.25;
    private static final double FIT_MARGIN_PX = 40;

    private final CanvasState state;
    private final Viewport viewport;
    private final Canvas canvas;
    private Runnable waiting;

    Navigation(CanvasState state, Canvas canvas) {
        this.state = state;
        this.viewport = state.viewport();
        this.canvas = canvas;
    }

    /** Shows every card, centred, at no more than 100%. */
    void fitToWindow() {
        WorldRect all = state.services().bounds();
        if (all == null) {
            zoomToActualSize();
        } else {
            viewport.fit(all, canvas.getWidth(), canvas.getHeight(), FIT_MARGIN_PX, viewport.displayScale());
        }
    }

    /** Fits the cards of {@code ids} at no more than 100%; nothing when the plan has none of them. */
    void zoomTo(Collection<String> ids) {
        fit(ids, viewport.displayScale());
    }

    /** Centres the view on the services, zooming out (never in) until they all fit. */
    void reveal(Collection<String> ids) {
        fit(ids, viewport.scale());
    }

    void zoomIn() {
        viewport.zoomAround(canvas.getWidth() / 2, canvas.getHeight() / 2, ZOOM_STEP);
    }

    void zoomOut() {
        viewport.zoomAround(canvas.getWidth() / 2, canvas.getHeight() / 2, 1 / ZOOM_STEP);
    }

    void zoomToActualSize() {
        viewport.zoomTo(viewport.displayScale(), canvas.getWidth() / 2, canvas.getHeight() / 2);
    }

    /** Centres the view on a card that is not wholly in view. */
    void bringIntoView(Service s) {
        if (!viewport.visibleWorld(canvas.getWidth(), canvas.getHeight()).contains(CardGeometry.bounds(s.position()))) {
            viewport.centreOn(CardGeometry.centreX(s.position()), CardGeometry.centreY(s.position()),
                    canvas.getWidth(), canvas.getHeight());
        }
    }

    /** The canvas got a size: does what was asked before it had one. */
    void sized() {
        if (waiting != null && canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            Runnable run = waiting;
            waiting = null;
            run.run();
        }
    }

    private void fit(Collection<String> ids, double maxScale) {
        if (canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            List<String> copy = List.copyOf(ids);
            waiting = () -> fit(copy, maxScale);
            return;
        }
        WorldRect area = null;
        for (String id : ids) {
            Service s = state.services().service(id);
            if (s != null) {
                WorldRect card = CardGeometry.bounds(s.position());
                area = area == null ? card : area.union(card);
            }
        }
        if (area != null) {
            viewport.fit(area, canvas.getWidth(), canvas.getHeight(), FIT_MARGIN_PX, maxScale);
        }
    }
}
