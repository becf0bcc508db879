package com.recoveryworkbench.ui;

import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/**
 * Runs a start-up job that nobody waits for (loading ELK for the first Arrange) once the window has
 * drawn its first frame and no plan file is being read: on a machine with two cores it would
 * otherwise compete with building the window and reading the plan, which the person does wait for.
 * FX thread only; the job itself should only hand work to a background thread.
 */
final class AfterFirstFrame {
    private AfterFirstFrame() {
    }

    /** {@code reading}: what a file command is doing, {@code null} when idle ({@code FileActions.activityProperty()}). */
    static void whenIdle(Scene scene, ObservableStringValue reading, Runnable job) {
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(job, "job");
        scene.addPostLayoutPulseListener(new Runnable() {
            private boolean seen;

            @Override
            public void run() {
                if (seen) {
                    return;
                }
                seen = true;
                // After this pulse, which renders the frame; not from inside the scene's own pulse loop.
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(this);
                    whenNotReading(reading, job);
                });
            }
        });
    }

    private static void whenNotReading(ObservableStringValue reading, Runnable job) {
        if (reading.get() == null) {
            job.run();
            return;
        }
        reading.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends String> activity, String was, String now) {
                if (now == null) {
                    activity.removeListener(this);
                    job.run();
                }
            }
        });
    }
}
