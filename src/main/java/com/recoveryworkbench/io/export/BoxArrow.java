package com.recoveryworkbench.io.export;

/**
 * The straight line of an arrow between two boxes of any size (a folded group's card, a service card),
 * as the canvas and the pictures draw it: from centre to centre, cut where it leaves each box. Pure
 * functions.
 */
public final class BoxArrow {
    private BoxArrow() {
    }

    /**
     * {x1, y1, x2, y2} from the border of box a to the border of box b (each given as minX, minY, maxX,
     * maxY); {@code null} when the boxes overlap, so no stretch of line lies outside both.
     */
    public static double[] between(double[] a, double[] b) {
        if (a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1]) {
            return null;
        }
        double[] start = exit(a, (b[0] + b[2]) / 2, (b[1] + b[3]) / 2);
        double[] end = exit(b, (a[0] + a[2]) / 2, (a[1] + a[3]) / 2);
        return new double[] {start[0], start[1], end[0], end[1]};
    }

    /**
     * Where the count of a bundled arrow {x1, y1, x2, y2} goes: {@code distance} along it from its start
     * ({@code atStart}) or its end, where a folded card is and other cards are rarely in the way; the
     * middle of a shorter line, or of one with a folded card at both ends.
     */
    public static double[] countPoint(double[] line, boolean atStart, boolean atEnd, double distance) {
        double length = Math.hypot(line[2] - line[0], line[3] - line[1]);
        double t = atStart == atEnd || length < 3 * distance ? 0.5 : atStart ? distance / length : 1 - distance / length;
        return new double[] {line[0] + (line[2] - line[0]) * t, line[1] + (line[3] - line[1]) * t};
    }

    /** Where the line from the centre of {@code box} towards (tx, ty) crosses its border. */
    private static double[] exit(double[] box, double tx, double ty) {
        double cx = (box[0] + box[2]) / 2;
        double cy = (box[1] + box[3]) / 2;
        double dx = tx - cx;
        double dy = ty - cy;
        double sx = dx == 0 ? Double.POSITIVE_INFINITY : ((box[2] - box[0]) / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.POSITIVE_INFINITY : ((box[3] - box[1]) / 2) / Math.abs(dy);
        double t = Math.min(1, Math.min(sx, sy));
        return new double[] {cx + dx * t, cy + dy * t};
    }
}
