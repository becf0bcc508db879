package com.recoveryworkbench.ui.canvas;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;

/**
 * One mouse gesture on the canvas, from the press that started it to the release that ends it.
 * Event coordinates are the canvas's local pixels. FX thread only.
 */
interface Gesture {
    void drag(MouseEvent e);

    void release(MouseEvent e);

    /** Escape during the gesture: undo whatever it showed so far. */
    void cancel();

    /** Draws the gesture's feedback over the plan, in world units (the painter's transform is set). */
    default void paintOverlay(GraphicsContext g, Palette palette, double scale) {
    }
}
