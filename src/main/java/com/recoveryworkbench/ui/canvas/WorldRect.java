package com.recoveryworkbench.ui.canvas;

/**
 * An axis-aligned rectangle in canvas (world) units, {@code min <= max} on both axes. Immutable;
 * used for card bounds, the visible area and culling queries.
 */
public record WorldRect(double minX, double minY, double maxX, double maxY) {

    public WorldRect {
        if (!(minX <= maxX) || !(minY <= maxY)) {
            throw new IllegalArgumentException("empty or inverted rectangle " + minX + "," + minY + " .. " + maxX
                    + "," + maxY);
        }
    }

    /** The rectangle spanned by two corners given in any order (a rubber band dragged up-left). */
    public static WorldRect spanning(double x1, double y1, double x2, double y2) {
        return new WorldRect(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    public double centreX() {
        return (minX + maxX) / 2;
    }

    public double centreY() {
        return (minY + maxY) / 2;
    }

    /** True when they share any point, borders included. */
    public boolean intersects(double x0, double y0, double x1, double y1) {
        return x0 <= maxX && x1 >= minX && y0 <= maxY && y1 >= minY;
    }

    public boolean intersects(WorldRect other) {
        return intersects(other.minX, other.minY, other.maxX, other.maxY);
    }

    public boolean contains(double x, double y) {
        return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }

    public boolean contains(WorldRect other) {
        return other.minX >= minX && other.maxX <= maxX && other.minY >= minY && other.maxY <= maxY;
    }

    public WorldRect union(WorldRect other) {
        return new WorldRect(Math.min(minX, other.minX), Math.min(minY, other.minY), Math.max(maxX, other.maxX),
                Math.max(maxY, other.maxY));
    }

    /** Grown by {@code margin} on every side. */
    public WorldRect expanded(double margin) {
        return new WorldRect(minX - margin, minY - margin, maxX + margin, maxY + margin);
    }
}
