package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.model.Plan;

/**
 * A plan's map zoomed out below the names ({@link SemanticZoom.Detail#BLOCK}) while lanes are drawn: every
 * group of the grouping folded for the drawing, each group the plan does not fold as a tile over its lane
 * and those it folds as folded cards ({@link FoldedCards#tiled}), the arrows between them bundled, and the
 * services in no group left as blocks with their own arrows. A view only: the plan folds nothing for it.
 * Immutable; made once per plan and grouping.
 */
final class GroupTiles {
    private final Plan plan;
    private final LaneGrouping grouping;
    private final FoldedCards cards;
    private final SpatialIndex loose;
    private final DependencyIndex looseDependencies;

    private GroupTiles(Plan plan, LaneGrouping grouping, FoldedCards cards) {
        this.plan = plan;
        this.grouping = grouping;
        this.cards = cards;
        this.loose = SpatialIndex.of(cards.map().shown());
        this.looseDependencies = DependencyIndex.of(loose);
    }

    /** The tiles of {@code plan} under {@code grouping}; none (every service loose) for {@link LaneGrouping#NONE}. */
    static GroupTiles of(Plan plan, LaneGrouping grouping) {
        return new GroupTiles(plan, grouping, FoldedCards.tiled(plan, grouping));
    }

    /** Whether a view at {@code scale} in the look draws tiles: with lanes, below the names. */
    static boolean apply(LaneGrouping grouping, double scale, boolean presentation) {
        return grouping != null && grouping != LaneGrouping.NONE
                && SemanticZoom.detail(scale, presentation) == SemanticZoom.Detail.BLOCK;
    }

    boolean isOf(Plan plan, LaneGrouping grouping) {
        return this.plan == plan && this.grouping == grouping;
    }

    /** The tiles and the plan's folded cards, with their bundled arrows. */
    FoldedCards cards() {
        return cards;
    }

    /** The services in no group: still drawn one by one. */
    SpatialIndex loose() {
        return loose;
    }

    /** The dependencies between {@link #loose} services. */
    DependencyIndex looseDependencies() {
        return looseDependencies;
    }

    /**
     * The tile drawn over world point ({@code wx}, {@code wy}) at {@code scale} with text at least
     * {@code minTextPx} high (as drawn, so grown when small); {@code null} for none, and for a folded card.
     * Where two tiles overlap, the one drawn last, on top, is hit.
     */
    FoldedCards.Card tileAt(double wx, double wy, double scale, double minTextPx) {
        FoldedCards.Card hit = null;
        for (FoldedCards.Card card : cards.all()) {
            if (card.tile() && FoldedCards.drawnBounds(card, scale, minTextPx).contains(wx, wy)) {
                hit = card;
            }
        }
        return hit;
    }
}
