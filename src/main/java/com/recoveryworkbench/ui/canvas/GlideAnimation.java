package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.model.Plan;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;

/**
 * Animates the plan change that follows {@link #armNext()}: for {@link #DURATION_NANOS} the canvas
 * paints the cards on their way ({@link #paintedPlan()}), then the plan itself. Any other plan change
 * ends a running glide at once. Arming lasts until the end of the current event, so an arranged
 * change that turned out to change nothing leaves nothing armed. FX thread only.
 */
final class GlideAnimation {
    static final long DURATION_NANOS = 300_000_000L;

    private final Runnable repaint;
    private final AnimationTimer timer;
    private boolean armed;
    private Glide glide;
    private long start = -1;
    private double fraction;

    GlideAnimation(ObservableValue<Plan> plan, Runnable repaint) {
        this.repaint = repaint;
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                tick(now);
            }
        };
        plan.addListener((o, before, after) -> changed(before, after));
    }

    void armNext() {
        if (!armed) {
            armed = true;
            Platform.runLater(() -> armed = false);
        }
    }

    /** The plan to paint: {@code current} itself, unless a glide towards it is running. */
    Plan paintedPlan(Plan current) {
        return glide != null && glide.target() == current ? glide.at(fraction) : current;
    }

    boolean isRunning() {
        return glide != null;
    }

    private void changed(Plan before, Plan after) {
        stop();
        if (armed && before != null && after != null) {
            armed = false;
            glide = Glide.between(before, after);
            if (glide != null) {
                start = -1;
                fraction = 0;
                timer.start();
            }
        }
    }

    private void tick(long now) {
        if (start < 0) {
            start = now;
        }
        fraction = (double) (now - start) / DURATION_NANOS;
        if (fraction >= 1) {
            stop();
        }
        repaint.run();
    }

    private void stop() {
        if (glide != null) {
            glide = null;
            timer.stop();
            repaint.run();
        }
    }
}
