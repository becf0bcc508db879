package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.io.export.BoxArrow;

/**
 * The straight line of a bundled arrow between two boxes of any size (a folded card, a service card),
 * as the pictures draw it ({@link BoxArrow}). Pure functions.
 */
final class BundleGeometry {
    private BundleGeometry() {
    }

    /** {x1, y1, x2, y2} from the border of {@code from} to the border of {@code to}; {@code null} when they overlap. */
    static double[] segment(WorldRect from, WorldRect to) {
        return BoxArrow.between(corners(from), corners(to));
    }

    private static double[] corners(WorldRect r) {
        return new double[] {r.minX(), r.minY(), r.maxX(), r.maxY()};
    }
}
