package com.recoveryworkbench.ui.canvas;

import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Moving around: a middle- or right-button drag pans, the scroll wheel pans, Ctrl (or Cmd) with the
 * wheel zooms around the cursor, and a pinch zooms. FX thread only.
 */
final class PanZoomGesture implements Gesture {
    /** Zoom factor per unit of wheel delta: one notch (40) is about 10%. */
    private static final double WHEEL_ZOOM_BASE = 1.0025;

    private final Viewport viewport;
    private double lastX;
    private double lastY;

    PanZoomGesture(Viewport viewport, MouseEvent press) {
        this.viewport = viewport;
        lastX = press.getX();
        lastY = press.getY();
    }

    @Override
    public void drag(MouseEvent e) {
        viewport.panBy(e.getX() - lastX, e.getY() - lastY);
        lastX = e.getX();
        lastY = e.getY();
    }

    @Override
    public void release(MouseEvent e) {
        drag(e);
    }

    @Override
    public void cancel() {
        // Panning changes no plan; where the view went is where it stays.
    }

    static void scroll(Viewport viewport, ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            viewport.zoomAround(e.getX(), e.getY(), Math.pow(WHEEL_ZOOM_BASE, e.getDeltaY()));
        } else {
            viewport.panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    static void zoom(Viewport viewport, ZoomEvent e) {
        viewport.zoomAround(e.getX(), e.getY(), e.getZoomFactor());
        e.consume();
    }
}
