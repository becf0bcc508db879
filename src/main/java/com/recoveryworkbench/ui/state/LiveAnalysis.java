package com.recoveryworkbench.ui.state;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.ScenarioAnalyses;
import com.recoveryworkbench.analysis.drill.Basis;
import com.recoveryworkbench.analysis.drill.DrillAnalyses;
import com.recoveryworkbench.analysis.drill.ProvenAnalyzer;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Keeps the analyses of every scenario of the newest plan without ever blocking the FX thread, and
 * offers the one of the current scenario to the views.
 *
 * <p>{@link #submit} is called on the FX thread with each new plan. The analyses run on the
 * {@code worker} executor (one background thread in the app); bursts coalesce, so only the newest
 * plan waiting is analysed (latest wins). Results are published through the {@code fx} executor
 * ({@code Platform::runLater} in the app) and dropped when a newer plan was submitted meanwhile,
 * so {@link #scenariosProperty()} never goes back in time. Tests pass {@code Runnable::run} for both
 * executors to make it synchronous.
 *
 * <p>Each run analyses every scenario twice, as the plan claims and as its drills prove
 * ({@link DrillAnalyses}; once when no drill measured anything), judging drill evidence as of the day
 * {@code today} gives. {@link #basisProperty()} is the Planned | Proven switch and
 * {@link #scenarioIdProperty()} names the current scenario ({@value Scenario#TOTAL_ID} at first).
 * {@link #scenariosProperty()} holds every scenario on the current basis and {@link #analysisProperty()}
 * the current scenario's analysis, the one every view shows: switching the scenario or the basis only
 * picks another analysis already computed, so it is instant and runs nothing. When the current scenario
 * leaves the plan, the current scenario goes back to the total one.
 */
public final class LiveAnalysis {
    private record Job(Plan plan, long revision) {
    }

    private final Executor worker;
    private final Executor fx;
    private final Function<Plan, ScenarioAnalyses> analyzer;
    private final Supplier<LocalDate> today;
    private final ProvenAnalyzer drills = new ProvenAnalyzer();
    private final AtomicReference<Job> waiting = new AtomicReference<>();
    private final ReadOnlyObjectWrapper<DrillAnalyses> bothBases = new ReadOnlyObjectWrapper<>(this, "bothBases");
    private final ObjectProperty<Basis> basis = new SimpleObjectProperty<>(this, "basis", Basis.PLANNED);
    private final ReadOnlyObjectWrapper<ScenarioAnalyses> scenarios = new ReadOnlyObjectWrapper<>(this, "scenarios");
    private final StringProperty scenarioId = new SimpleStringProperty(this, "scenarioId", Scenario.TOTAL_ID);
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<Duration> lastRunTime = new ReadOnlyObjectWrapper<>(this, "lastRunTime");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private long newestRevision = -1;

    /**
     * @param analyzer the analyses of every scenario of a plan, e.g. {@code new RecoveryAnalyzer()::analyzeAll}
     * @param today    the day drill evidence is judged as of, asked on the worker at each run
     */
    public LiveAnalysis(Executor worker, Executor fx, Function<Plan, ScenarioAnalyses> analyzer,
                        Supplier<LocalDate> today) {
        this.worker = Objects.requireNonNull(worker);
        this.fx = Objects.requireNonNull(fx);
        this.analyzer = Objects.requireNonNull(analyzer);
        this.today = Objects.requireNonNull(today);
        scenarioId.addListener((obs, old, id) -> showCurrent());
        basis.addListener((obs, old, now) -> showCurrent());
    }

    /** As the four-argument constructor, judging drill evidence as of the system clock's day. */
    public LiveAnalysis(Executor worker, Executor fx, Function<Plan, ScenarioAnalyses> analyzer) {
        this(worker, fx, analyzer, LocalDate::now);
    }

    /** Asks for the analyses of {@code plan}, the document's state at {@code revision}. FX thread. */
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
        DrillAnalyses result;
        try {
            result = drills.analyzeAll(job.plan(), today.get(), analyzer);
        } catch (RuntimeException e) {
            fx.execute(() -> fail(job, e));
            return;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        fx.execute(() -> publish(job, result, took));
    }

    private void publish(Job job, DrillAnalyses result, Duration took) {
        if (job.revision() != newestRevision) {
            return;
        }
        bothBases.set(result);
        lastRunTime.set(took);
        if (result.planned().of(scenarioId.get()).isEmpty()) {
            // The current scenario was deleted (or a plan without it opened): its listener shows the total one.
            scenarioId.set(Scenario.TOTAL_ID);
        }
        showCurrent();
        running.set(false);
    }

    private void showCurrent() {
        DrillAnalyses both = bothBases.get();
        if (both == null) {
            return;
        }
        ScenarioAnalyses all = both.on(basis.get());
        scenarios.set(all);
        // A scenario just added is not analysed yet: keep showing what is shown until its result arrives.
        all.of(scenarioId.get()).ifPresentOrElse(analysis::set, () -> {
            if (analysis.get() == null) {
                analysis.set(all.total());
            }
        });
    }

    private void fail(Job job, RuntimeException error) {
        if (job.revision() == newestRevision) {
            running.set(false);
        }
        Thread current = Thread.currentThread();
        current.getUncaughtExceptionHandler().uncaughtException(current, error);
    }

    /**
     * The id of the scenario the views show; a person switches it with the scenario picker. An id not
     * analysed yet keeps the shown analysis until the plan's next result, which has it or goes back to
     * the total scenario. FX thread.
     */
    public StringProperty scenarioIdProperty() {
        return scenarioId;
    }

    /**
     * The restore times the views show: {@link Basis#PLANNED} (the plan's claims, at first) or
     * {@link Basis#PROVEN} (the drills' measured times). FX thread.
     */
    public ObjectProperty<Basis> basisProperty() {
        return basis;
    }

    /**
     * The newest plan analysed so far on both bases, with its proven view (per-service evidence, drill
     * findings, cadence); {@code null} before the first result.
     */
    public ReadOnlyObjectProperty<DrillAnalyses> bothBasesProperty() {
        return bothBases.getReadOnlyProperty();
    }

    public DrillAnalyses getBothBases() {
        return bothBases.get();
    }

    /**
     * The analyses of every scenario of the newest plan analysed so far, on the current basis;
     * {@code null} before the first result.
     */
    public ReadOnlyObjectProperty<ScenarioAnalyses> scenariosProperty() {
        return scenarios.getReadOnlyProperty();
    }

    public ScenarioAnalyses getScenarios() {
        return scenarios.get();
    }

    /**
     * The analysis of the current scenario on the current basis in the newest plan analysed so far;
     * {@code null} before the first result.
     */
    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public Analysis getAnalysis() {
        return analysis.get();
    }

    /** The worker the analyses run on, for work that belongs beside them. */
    Executor worker() {
        return worker;
    }

    /** Where results reach the FX thread. */
    Executor fx() {
        return fx;
    }

    /** How long the last published analysis of every scenario took on the worker. */
    public ReadOnlyObjectProperty<Duration> lastRunTimeProperty() {
        return lastRunTime.getReadOnlyProperty();
    }

    /** True from a submit until the result for the newest plan is published. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
