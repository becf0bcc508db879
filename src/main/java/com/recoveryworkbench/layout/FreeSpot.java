package com.recoveryworkbench.layout;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import java.util.Objects;

/**
 * Finds room for a card: the nearest place to a wanted position where it overlaps no card of the
 * plan. Pure and thread-safe.
 */
public final class FreeSpot {
    /** Room kept free around the new card, so it never touches a neighbour. */
    public static final double MARGIN = 20;

    private FreeSpot() {
    }

    /**
     * The nearest top-left corner to {@code wanted} (in whole canvas units, searched ring by ring on a
     * lattice of about an eighth of the card's smaller side) where a {@code width} x {@code height}
     * card, grown by {@link #MARGIN}, overlaps no service of the plan. Every service is taken to be a
     * card of the same size. Returns {@code wanted}, rounded, when it is already free.
     */
    public static Position near(Plan plan, Position wanted, double width, double height) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(wanted, "wanted");
        if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height))) {
            throw new IllegalArgumentException("card size must be positive, was " + width + " x " + height);
        }
        CardIndex cards = new CardIndex(width, height);
        for (Service s : plan.services()) {
            cards.add(s.position());
        }
        return near(cards, wanted, width, height);
    }

    /** The search itself, over cards of {@code width} x {@code height} already indexed. */
    static Position near(CardIndex cards, Position wanted, double width, double height) {
        long step = Math.max(1, Math.round(Math.min(width, height) / 8));
        Position start = new Position(Math.round(wanted.x()), Math.round(wanted.y()));
        if (cards.isFree(start, MARGIN)) {
            return start;
        }
        Position best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        // Every lattice point on ring r is at least r * step away, so once that passes the best
        // distance found, no later ring can do better.
        for (long ring = 1; ring * step <= bestDistance; ring++) {
            for (long j = -ring; j <= ring; j++) {
                long stride = Math.abs(j) == ring ? 1 : 2 * ring;
                for (long i = -ring; i <= ring; i += stride) {
                    double distance = step * Math.hypot(i, j);
                    Position candidate = start.plus(i * step, j * step);
                    if (distance < bestDistance && cards.isFree(candidate, MARGIN)) {
                        best = candidate;
                        bestDistance = distance;
                    }
                }
            }
        }
        return best;
    }
}
