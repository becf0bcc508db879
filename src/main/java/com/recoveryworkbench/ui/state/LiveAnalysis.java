package com.recoveryworkbench.ui.state;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.model.Plan;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Keeps an {@link Analysis} of the newest plan without ever blocking the FX thread.
 *
 * <p>{@link #submit} is called on the FX thread with each new plan. The analysis runs on the
 * {@code worker} executor (one background thread in the app); bursts coalesce, so only the newest
 * plan waiting is analysed (latest wins). Results are published through the {@code fx} executor
 * ({@code Platform::runLater} in the app) and dropped when a newer plan was submitted meanwhile,
 * so {@link #analysisProperty()} never goes back in time. Tests pass {@code Runnable::run} for both
 * executors to make it synchronous.
 */
public final class LiveAnalysis {
    private record Job(Plan plan, long revision) {
    }

    private final Executor worker;
    private final Executor fx;
    private final Function<Plan, Analysis> analyzer;
    private final AtomicReference<Job> waiting = new AtomicReference<>();
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<Duration> lastRunTime = new ReadOnlyObjectWrapper<>(this, "lastRunTime");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private long newestRevision = -1;

    public LiveAnalysis(Executor worker, Executor fx, Function<Plan, Analysis> analyzer) {
        this.worker = Objects.requireNonNull(worker);
        this.fx = Objects.requireNonNull(fx);
        this.analyzer = Objects.requireNonNull(analyzer);
    }

    /** Asks for the analysis of {@code plan}, the document's state at {@code revision}. FX thread. */
    public void submit(Plan plan, long revision) {
        newestRevision = revision;
        running.set(true);
        // Only the first job of a burst schedules a run; later ones replace the waiting plan.
        if (waiting.getAndSet(new Job(plan, revision)) == null) {
            worker.execute(this::runNewest);
        }
    }

    private void runNewest() {
        Job job = waiting.getAndSet(null);
        if (job == null) {
            return;
        }
        long started = System.nanoTime();
        Analysis result;
        try {
            result = analyzer.apply(job.plan());
        } catch (RuntimeException e) {
            fx.execute(() -> fail(job, e));
            return;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        fx.execute(() -> publish(job, result, took));
    }

    private void publish(Job job, Analysis result, Duration took) {
        if (job.revision() != newestRevision) {
            return;
        }
        analysis.set(result);
        lastRunTime.set(took);
        running.set(false);
    }

    private void fail(Job job, RuntimeException error) {
        if (job.revision() == newestRevision) {
            running.set(false);
        }
        Thread current = Thread.currentThread();
        current.getUncaughtExceptionHandler().uncaughtException(current, error);
    }

    /** The analysis of the newest plan analysed so far; {@code null} before the first result. */
    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public Analysis getAnalysis() {
        return analysis.get();
    }

    /** How long the last published analysis took on the worker. */
    public ReadOnlyObjectProperty<Duration> lastRunTimeProperty() {
        return lastRunTime.getReadOnlyProperty();
    }

    /** True from a submit until the result for the newest plan is published. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
