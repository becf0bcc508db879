package com.recoveryworkbench.model;

/** Top-left corner of a service's card on the canvas, in canvas units (1 unit = 1 pixel at 100% zoom). */
public record Position(double x, double y) {
    public static final Position ORIGIN = new Position(0, 0);

    public Position {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("position must be finite, was (" + x + ", " + y + ")");
        }
    }

    public Position plus(double dx, double dy) {
        return new Position(x + dx, y + dy);
    }
}
