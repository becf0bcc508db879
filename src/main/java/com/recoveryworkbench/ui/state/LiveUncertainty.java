package com.recoveryworkbench.ui.state;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.drill.Basis;
import com.recoveryworkbench.analysis.uncertainty.Uncertainty;
import com.recoveryworkbench.analysis.uncertainty.UncertaintyAnalyzer;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.ui.edit.PlanDocument;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The uncertainty of the scenario the window shows ({@link UncertaintyAnalyzer}, default runs and seed),
 * worked out on a worker each time {@link LiveAnalysis} shows another analysis of a plan with restore
 * ranges, on the planned basis. Latest wins: a newer request stops the one running (its runs check
 * between them) and a result that is no longer the newest is dropped. {@link #currentProperty()} is
 * {@code null} while there is nothing to show: no ranges, the proven basis, or the figures still
 * being worked out, so views show nothing rather than figures of another plan. FX thread only, except
 * the work itself.
 */
public final class LiveUncertainty {
    private final PlanDocument document;
    private final LiveAnalysis liveAnalysis;
    private final Executor worker;
    private final Executor fx;
    private final UncertaintyAnalyzer analyzer = new UncertaintyAnalyzer();
    private final ReadOnlyObjectWrapper<Uncertainty> current = new ReadOnlyObjectWrapper<>(this, "current");
    /** Which request is the newest; read by the worker to stop work nobody will see. */
    private final AtomicLong newest = new AtomicLong();
    private Plan requestedPlan;
    private Scenario requestedScenario;

    /**
     * @param worker runs the Monte Carlo (it spreads its runs over the common fork-join pool); not the live
     *               analysis's worker, so a long run never delays the next analysis
     * @param fx     hands results to the FX thread
     */
    public LiveUncertainty(PlanDocument document, LiveAnalysis liveAnalysis, Executor worker, Executor fx) {
        this.document = Objects.requireNonNull(document, "document");
        this.liveAnalysis = Objects.requireNonNull(liveAnalysis, "liveAnalysis");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.fx = Objects.requireNonNull(fx, "fx");
        liveAnalysis.analysisProperty().addListener((obs, old, analysis) -> request(analysis));
        // The proven basis may show the very same analysis (a plan without drills), so the switch is heard itself.
        liveAnalysis.basisProperty().addListener((obs, old, basis) -> request(liveAnalysis.getAnalysis()));
        request(liveAnalysis.getAnalysis());
    }

    private void request(Analysis analysis) {
        Plan plan = document.getPlan();
        boolean wanted = analysis != null && liveAnalysis.basisProperty().get() == Basis.PLANNED
                && UncertaintyAnalyzer.hasRanges(plan);
        if (wanted && plan.equals(requestedPlan) && analysis.scenario().equals(requestedScenario)) {
            return;
        }
        long request = newest.incrementAndGet();
        current.set(null);
        requestedPlan = wanted ? plan : null;
        requestedScenario = wanted ? analysis.scenario() : null;
        if (!wanted) {
            return;
        }
        Scenario scenario = analysis.scenario();
        worker.execute(() -> {
            if (newest.get() != request) {
                return;
            }
            try {
                Uncertainty result = analyzer.analyze(plan, scenario, UncertaintyAnalyzer.DEFAULT_RUNS,
                        UncertaintyAnalyzer.DEFAULT_SEED, () -> newest.get() != request).orElse(null);
                fx.execute(() -> publish(request, result));
            } catch (CancellationException superseded) {
                // A newer request is on its way; it publishes.
            }
        });
    }

    private void publish(long request, Uncertainty result) {
        if (newest.get() == request) {
            current.set(result);
        }
    }

    /** The figures of the shown scenario; {@code null} when there are none to show (see the class comment). */
    public ReadOnlyObjectProperty<Uncertainty> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Uncertainty getCurrent() {
        return current.get();
    }
}
