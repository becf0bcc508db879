package com.recoveryworkbench.io.export;

/**
 * A drawn arrow: a line from (x1, y1) that stops at the base of a filled head whose tip is the end
 * point, so a dashed line never pokes past the tip. Both picture renderers draw arrows from this.
 *
 * @param headX the head's corners: tip, then the two ends of its base
 */
record ArrowShape(double x1, double y1, double lineEndX, double lineEndY, double[] headX, double[] headY) {

    /** The arrow from (x1, y1) to the tip (x2, y2); the two points must differ. */
    static ArrowShape of(double x1, double y1, double x2, double y2) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        double ux = (x2 - x1) / length;
        double uy = (y2 - y1) / length;
        double back = Math.min(MapLook.HEAD_LENGTH, length);
        double bx = x2 - ux * back;
        double by = y2 - uy * back;
        double w = MapLook.HEAD_HALF_WIDTH;
        return new ArrowShape(x1, y1, bx, by, new double[] {x2, bx - uy * w, bx + uy * w},
                new double[] {y2, by + ux * w, by - ux * w});
    }
}
