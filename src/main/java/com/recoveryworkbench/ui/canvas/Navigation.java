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
    private static final int FIT_PASSES = 4;

    private final CanvasState state;
    private final Viewport viewport;
    private final Canvas canvas;
    private Runnable waiting;

    Navigation(CanvasState state, Canvas canvas) {
        this.state = state;
        this.viewport = state.viewport();
        this.canvas = canvas;
    }

    /** Shows every card, folded groups' cards included, centred, at no more than 100%. */
    void fitToWindow() {
        WorldRect cards = state.services().bounds();
        double minTextPx = SemanticZoom.minTextPx(state.presentation());
        WorldRect all = union(cards, state.folds().bounds(viewport.displayScale(), minTextPx));
        if (all == null) {
            zoomToActualSize();
            return;
        }
        // A folded card grows on screen as the zoom falls, so fitting it may take a few passes.
        for (int pass = 0; pass < FIT_PASSES; pass++) {
            viewport.fit(all, canvas.getWidth(), canvas.getHeight(), FIT_MARGIN_PX, viewport.displayScale());
            WorldRect grown = union(cards, state.folds().bounds(viewport.scale(), minTextPx));
            if (all.contains(grown)) {
                return;
            }
            all = grown.union(all);
        }
    }

    /**
     * After a fit: when the map is too large to show with its names legible, zooms in to the smallest
     * zoom that shows them ({@link SemanticZoom.Detail#LABEL}) with the map's left edge in view (where the
     * restore begins; the minimap shows the rest). Nothing in the presentation look, which fits its own way.
     */
    void keepNamesReadable() {
        WorldRect all = union(state.services().bounds(),
                state.folds().bounds(viewport.scale(), SemanticZoom.minTextPx(false)));
        if (!state.presentation() && all != null) {
            zoomToNames(all, false);
        }
    }

    /**
     * Zooms to the services of {@code ids} (a group tile's, a presented wave's), fitting them at no more
     * than 100%; when even that leaves their names too small to read, to the smallest zoom that shows them,
     * their left edge in view, as {@link #keepNamesReadable} does for the map.
     */
    void zoomToGroup(Collection<String> ids) {
        fit(ids, viewport.displayScale());
        WorldRect area = area(ids);
        if (area != null && canvas.getWidth() > 0) {
            zoomToNames(area, state.presentation());
        }
    }

    /** When the zoom is below the names of the look, zooms in to them with {@code all}'s left edge in view. */
    private void zoomToNames(WorldRect all, boolean presentation) {
        // A hair above the threshold, so rounding never leaves the names one step short of it.
        double nameScale = SemanticZoom.scaleFor(SemanticZoom.Detail.LABEL, presentation) * (1 + 1e-9);
        if (viewport.scale() >= nameScale || canvas.getWidth() <= 0) {
            return;
        }
        viewport.zoomTo(nameScale, 0, 0);
        double top = all.height() * nameScale + 2 * FIT_MARGIN_PX <= canvas.getHeight()
                ? (canvas.getHeight() - all.height() * nameScale) / 2 : FIT_MARGIN_PX;
        viewport.panBy(FIT_MARGIN_PX - viewport.toScreenX(all.minX()), top - viewport.toScreenY(all.minY()));
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
        WorldRect area = area(ids);
        if (area != null) {
            viewport.fit(area, canvas.getWidth(), canvas.getHeight(), FIT_MARGIN_PX, maxScale);
        }
    }

    /** The cards of {@code ids} (the folded cards of those folded away); {@code null} for none. */
    private WorldRect area(Collection<String> ids) {
        WorldRect area = null;
        for (String id : ids) {
            Service s = state.services().service(id);
            if (s != null) {
                area = union(area, CardGeometry.bounds(s.position()));
            } else {
                // A service folded away is shown by its group's card.
                String group = state.folds().map().foldedGroupOf(id);
                FoldedCards.Card card = group == null ? null : state.folds().card(group);
                area = card == null ? area : union(area, card.bounds());
            }
        }
        return area;
    }

    private static WorldRect union(WorldRect a, WorldRect b) {
        return a == null ? b : b == null ? a : a.union(b);
    }
}
