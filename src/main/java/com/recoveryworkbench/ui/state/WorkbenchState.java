package com.recoveryworkbench.ui.state;

import com.recoveryworkbench.analysis.drill.Basis;
import com.recoveryworkbench.ui.edit.PlanDocument;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * The state every view of the window shares: the open {@link PlanDocument}, its {@link LiveAnalysis},
 * the {@link Selection}, the {@link LiveCosts}, the {@link LiveUncertainty}, the current scenario and view-wide choices. Views take it in their constructor, bind to its
 * properties and change the plan only through the document. FX thread only.
 *
 * <p>Each new plan is handed to the live analysis and prunes the selection of services that are gone.
 */
public final class WorkbenchState {
    private final PlanDocument document;
    private final LiveAnalysis liveAnalysis;
    private final LiveCosts costs;
    private final LiveUncertainty uncertainty;
    private final Selection selection = new Selection();
    private final ObjectProperty<HighlightMode> highlightMode =
            new SimpleObjectProperty<>(this, "highlightMode", HighlightMode.CRITICAL_PATH);
    private final List<Consumer<Set<String>>> revealListeners = new ArrayList<>();

    /** The uncertainty is worked out on the live analysis's own worker: for tests, whose executors run in place. */
    public WorkbenchState(PlanDocument document, LiveAnalysis liveAnalysis) {
        this(document, liveAnalysis, liveAnalysis.worker());
    }

    /** @param uncertaintyWorker where the {@link LiveUncertainty} runs; the window gives it a thread of its own */
    public WorkbenchState(PlanDocument document, LiveAnalysis liveAnalysis, Executor uncertaintyWorker) {
        this.document = Objects.requireNonNull(document);
        this.liveAnalysis = Objects.requireNonNull(liveAnalysis);
        document.planProperty().addListener((obs, old, plan) -> {
            selection.retainExisting(plan);
            liveAnalysis.submit(plan, document.getRevision());
        });
        liveAnalysis.submit(document.getPlan(), document.getRevision());
        costs = new LiveCosts(document, liveAnalysis);
        uncertainty = new LiveUncertainty(document, liveAnalysis, uncertaintyWorker, liveAnalysis.fx());
    }

    public PlanDocument document() {
        return document;
    }

    public LiveAnalysis liveAnalysis() {
        return liveAnalysis;
    }

    /**
     * The id of the scenario every view shows (the map, the tables, the timeline, the findings and the
     * restore story): the scenario picker sets it, switching them all at once from analyses already made.
     */
    public StringProperty currentScenarioProperty() {
        return liveAnalysis.scenarioIdProperty();
    }

    /**
     * Whether every view shows the restore times the plan claims or the ones its drills measured: the
     * Planned | Proven switch, flipping them all at once from analyses already made.
     */
    public ObjectProperty<Basis> basisProperty() {
        return liveAnalysis.basisProperty();
    }

    /** The cost of downtime of the analysed scenarios and of the current one; none when the plan has no rates. */
    public LiveCosts costs() {
        return costs;
    }

    /** P50/P90 up times and chances of meeting targets of the current scenario; none without restore ranges. */
    public LiveUncertainty uncertainty() {
        return uncertainty;
    }

    public Selection selection() {
        return selection;
    }

    public ObjectProperty<HighlightMode> highlightModeProperty() {
        return highlightMode;
    }

    /**
     * Selects the services and asks the views that can show them (the canvas) to bring them into
     * view, e.g. when a finding or a table row is clicked.
     */
    public void reveal(Collection<String> serviceIds) {
        selection.selectServices(serviceIds);
        Set<String> ids = Set.copyOf(serviceIds);
        List.copyOf(revealListeners).forEach(listener -> listener.accept(ids));
    }

    /** Registers a view that can bring services into view (see {@link #reveal}). */
    public void addRevealListener(Consumer<Set<String>> listener) {
        revealListeners.add(listener);
    }
}
