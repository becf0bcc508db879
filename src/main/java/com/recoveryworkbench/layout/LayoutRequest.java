package com.recoveryworkbench.layout;

import com.recoveryworkbench.model.Plan;
import java.util.Objects;
import java.util.Set;

/**
 * What to lay out.
 *
 * @param plan       the plan whose cards are arranged; never changed
 * @param scope      ids of the services to move; empty moves every service. Ids the plan does not
 *                   have are ignored. A non-empty scope is laid out on its own (only the dependencies
 *                   among its services count) and placed where its bounding box was.
 * @param pinned     ids of services that never move, even when in scope, besides those the plan pins
 *                   ({@code Service.pinned()})
 * @param direction  which way dependencies flow
 * @param cardWidth  width of every card, in canvas units; positive
 * @param cardHeight height of every card, in canvas units; positive
 * @param aspectRatio the width over the height of the canvas the map is shown on; with it, a plan whose
 *                   services span several regions is laid out region by region, the regions packed to
 *                   that shape. 0 when unknown: regions are then stacked as lanes across all the waves.
 */
public record LayoutRequest(Plan plan, Set<String> scope, Set<String> pinned, Direction direction,
                            double cardWidth, double cardHeight, double aspectRatio) {

    public LayoutRequest {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(direction, "direction");
        scope = scope == null ? Set.of() : Set.copyOf(scope);
        pinned = pinned == null ? Set.of() : Set.copyOf(pinned);
        requirePositive(cardWidth, "card width");
        requirePositive(cardHeight, "card height");
        if (aspectRatio != 0) {
            requirePositive(aspectRatio, "aspect ratio");
        }
    }

    /** A request for no particular canvas shape (regions stacked as lanes). */
    public LayoutRequest(Plan plan, Set<String> scope, Set<String> pinned, Direction direction, double cardWidth,
                         double cardHeight) {
        this(plan, scope, pinned, direction, cardWidth, cardHeight, 0);
    }

    /** This request for a canvas {@code ratio} times as wide as it is high. */
    public LayoutRequest withAspectRatio(double ratio) {
        return new LayoutRequest(plan, scope, pinned, direction, cardWidth, cardHeight, ratio);
    }

    /** Arranges every service of the plan, pinning none. */
    public static LayoutRequest all(Plan plan, Direction direction, double cardWidth, double cardHeight) {
        return new LayoutRequest(plan, Set.of(), Set.of(), direction, cardWidth, cardHeight);
    }

    private static void requirePositive(double value, String what) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be positive and finite, was " + value);
        }
    }
}
