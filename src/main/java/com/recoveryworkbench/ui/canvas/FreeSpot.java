package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.model.Position;

/**
 * Finds where a new card can go without covering another: the wanted spot if it is free, else the
 * nearest free spot on rings of card-sized steps around it (a spiral search through the
 * {@link SpatialIndex}). Pure function of the index.
 */
public final class FreeSpot {
    /** Space kept clear around a new card, so it does not touch its neighbours. */
    static final double GAP = 20;
    private static final double STEP_X = CardGeometry.WIDTH + GAP;
    private static final double STEP_Y = CardGeometry.HEIGHT + GAP;
    private static final int MAX_RINGS = 60;

    private FreeSpot() {
    }

    /**
     * The top-left corner of a free card spot nearest to {@code wanted}. Past {@link #MAX_RINGS}
     * rings it gives up searching and goes just right of every card.
     */
    public static Position near(SpatialIndex index, Position wanted) {
        for (int ring = 0; ring <= MAX_RINGS; ring++) {
            Position best = null;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int i = -ring; i <= ring; i++) {
                for (int j = -ring; j <= ring; j++) {
                    if (Math.max(Math.abs(i), Math.abs(j)) != ring) {
                        continue;
                    }
                    Position candidate = wanted.plus(i * STEP_X, j * STEP_Y);
                    double distance = Math.hypot(i * STEP_X, j * STEP_Y);
                    if (distance < bestDistance && isFree(index, candidate)) {
                        best = candidate;
                        bestDistance = distance;
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        WorldRect all = index.bounds();
        return new Position(all.maxX() + GAP, wanted.y());
    }

    static boolean isFree(SpatialIndex index, Position p) {
        return index.isFree(CardGeometry.bounds(p).expanded(GAP / 2 - 0.001));
    }
}
