package com.recoveryworkbench.ui.canvas;

import javafx.animation.AnimationTimer;

/**
 * Coalesces repaint requests: any number of requests between two pulses cause one paint on the next
 * pulse, and nothing runs while the canvas is idle. FX thread only.
 */
final class RepaintScheduler {
    private final AnimationTimer timer;
    private boolean pending;

    RepaintScheduler(Runnable paint) {
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                pending = false;
                paint.run();
            }
        };
    }

    void request() {
        if (!pending) {
            pending = true;
            timer.start();
        }
    }
}
