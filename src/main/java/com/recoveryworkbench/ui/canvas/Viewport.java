package com.recoveryworkbench.ui.canvas;

/**
 * Where the canvas looks: a zoom {@code scale} (1 = 100%, one world unit per screen pixel) and an
 * offset, with {@code screen = world * scale + offset} on each axis. Screen coordinates are the
 * canvas node's local pixels. The {@link #displayScale()} is how many pixels a world unit takes at a
 * zoom of 100% (1 normally, more in presentation mode), so {@code scale = zoom * displayScale}. Mutable; FX thread only. Every change runs the change listener, which
 * the view uses to schedule a repaint.
 */
public final class Viewport {
    public static final double MIN_SCALE = 0.02;
    public static final double MAX_SCALE = 4;

    private double scale = 1;
    private double offsetX;
    private double offsetY;
    private double displayScale = 1;
    private Runnable onChange = () -> { };

    public void setOnChange(Runnable listener) {
        onChange = listener == null ? () -> { } : listener;
    }

    public double scale() {
        return scale;
    }

    /** Pixels per world unit at 100% zoom. */
    public double displayScale() {
        return displayScale;
    }

    /** The zoom a person sees, 1 = 100%, whatever the display scale. */
    public double zoom() {
        return scale / displayScale;
    }

    /**
     * Changes the pixels per world unit at 100% zoom, keeping the zoom and the world point under
     * screen point (sx, sy).
     */
    public void setDisplayScale(double newDisplayScale, double sx, double sy) {
        if (!(newDisplayScale > 0)) {
            throw new IllegalArgumentException("display scale must be positive, was " + newDisplayScale);
        }
        double factor = newDisplayScale / displayScale;
        displayScale = newDisplayScale;
        zoomTo(scale * factor, sx, sy);
    }

    public double offsetX() {
        return offsetX;
    }

    public double offsetY() {
        return offsetY;
    }

    public double toScreenX(double worldX) {
        return worldX * scale + offsetX;
    }

    public double toScreenY(double worldY) {
        return worldY * scale + offsetY;
    }

    public double toWorldX(double screenX) {
        return (screenX - offsetX) / scale;
    }

    public double toWorldY(double screenY) {
        return (screenY - offsetY) / scale;
    }

    /** A length on screen, in world units (a 6-pixel tolerance is 12 world units at 50%). */
    public double toWorldLength(double screenPixels) {
        return screenPixels / scale;
    }

    /** The part of the world a {@code width} x {@code height} canvas shows. */
    public WorldRect visibleWorld(double width, double height) {
        return new WorldRect(toWorldX(0), toWorldY(0), toWorldX(Math.max(0, width)), toWorldY(Math.max(0, height)));
    }

    /** Moves the view by a distance in screen pixels (a drag of the background moves the world with it). */
    public void panBy(double dxScreen, double dyScreen) {
        set(scale, offsetX + dxScreen, offsetY + dyScreen);
    }

    /**
     * Multiplies the scale by {@code factor} (clamped to {@link #MIN_SCALE}..{@link #MAX_SCALE}) so
     * that the world point under screen point (sx, sy) stays under it.
     */
    public void zoomAround(double sx, double sy, double factor) {
        zoomTo(scale * factor, sx, sy);
    }

    /** Sets the scale (clamped), keeping the world point under (sx, sy) in place. */
    public void zoomTo(double newScale, double sx, double sy) {
        double clamped = clamp(newScale);
        double wx = toWorldX(sx);
        double wy = toWorldY(sy);
        set(clamped, sx - wx * clamped, sy - wy * clamped);
    }

    /** Puts world point (wx, wy) at the centre of a {@code width} x {@code height} canvas. */
    public void centreOn(double wx, double wy, double width, double height) {
        set(scale, width / 2 - wx * scale, height / 2 - wy * scale);
    }

    /**
     * Shows all of {@code area} with {@code margin} screen pixels around it, centred, at the largest
     * scale up to {@code maxScale}.
     */
    public void fit(WorldRect area, double width, double height, double margin, double maxScale) {
        double room = Math.min((width - 2 * margin) / Math.max(area.width(), 1),
                (height - 2 * margin) / Math.max(area.height(), 1));
        double newScale = clamp(Math.min(maxScale, room));
        set(newScale, width / 2 - area.centreX() * newScale, height / 2 - area.centreY() * newScale);
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }

    private void set(double newScale, double newOffsetX, double newOffsetY) {
        if (newScale == scale && newOffsetX == offsetX && newOffsetY == offsetY) {
            return;
        }
        scale = newScale;
        offsetX = newOffsetX;
        offsetY = newOffsetY;
        onChange.run();
    }
}
