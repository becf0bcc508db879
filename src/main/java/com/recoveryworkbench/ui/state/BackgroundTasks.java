package com.recoveryworkbench.ui.state;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs slow work (reading, writing, importing files) off the FX thread and hands the outcome back
 * through the {@code fx} executor. The app uses one daemon worker thread, so file operations happen
 * one after another in the order they were asked for (two saves never race for one file) and a
 * pending task never keeps the program alive. Tests may pass {@code Runnable::run} for both executors.
 */
public final class BackgroundTasks {
    private final Executor worker;
    private final Executor fx;

    public BackgroundTasks(Executor worker, Executor fx) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    /** One daemon worker thread named {@code name}; outcomes arrive through {@link Platform#runLater}. */
    public static BackgroundTasks onDaemonThread(String name) {
        return new BackgroundTasks(daemonExecutor(name), Platform::runLater);
    }

    /** A single daemon thread, also used for the live analysis. */
    public static ExecutorService daemonExecutor(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Calls {@code work} on the worker, then exactly one of {@code onSuccess} (with its result) or
     * {@code onFailure} (with what it threw) on the FX side. Call from the FX thread.
     */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        worker.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                fx.execute(() -> onFailure.accept(e));
                return;
            }
            fx.execute(() -> onSuccess.accept(result));
        });
    }
}
