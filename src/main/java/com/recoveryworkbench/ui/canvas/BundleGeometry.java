package com.recoveryworkbench.ui.canvas;

/**
 * The straight line of a bundled arrow between two boxes of any size (a folded card, a service card):
 * from centre to centre, cut where it leaves each box. Pure functions.
 */
final class BundleGeometry {
    private BundleGeometry() {
    }

    /** {x1, y1, x2, y2} from the border of {@code from} to the border of {@code to}; {@code null} when they overlap. */
    static double[] segment(WorldRect from, WorldRect to) {
        if (from.intersects(to)) {
            return null;
        }
        double[] start = exit(from, to.centreX(), to.centreY());
        double[] end = exit(to, from.centreX(), from.centreY());
        return new double[] {start[0], start[1], end[0], end[1]};
    }

    /** Where the line from the centre of {@code box} towards (tx, ty) crosses its border. */
    static double[] exit(WorldRect box, double tx, double ty) {
        double cx = box.centreX();
        double cy = box.centreY();
        double dx = tx - cx;
        double dy = ty - cy;
        double sx = dx == 0 ? Double.POSITIVE_INFINITY : (box.width() / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.POSITIVE_INFINITY : (box.height() / 2) / Math.abs(dy);
        double t = Math.min(1, Math.min(sx, sy));
        return new double[] {cx + dx * t, cy + dy * t};
    }
}
