package com.recoveryworkbench.ui.state;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.ScenarioAnalyses;
import com.recoveryworkbench.analysis.cost.DowntimeCosts;
import com.recoveryworkbench.analysis.cost.ScenarioCost;
import com.recoveryworkbench.ui.edit.PlanDocument;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The cost of downtime of every scenario of the newest analyses, and of the scenario the window shows.
 * Worked out once per published analysis (a pass over the services, no re-analysis), with the
 * document's plan: {@link LiveAnalysis} publishes only the result of the newest plan submitted, so at
 * that moment the document's plan is the one analysed. Between an edit and its result the costs stay
 * those of the analysis shown, like every other figure of the window.
 *
 * <p>When the plan has no rate anywhere there is no cost: {@link #byScenarioProperty()} is empty and
 * {@link #currentProperty()} is {@code null}, so views show no money. FX thread only.
 */
public final class LiveCosts {
    private final PlanDocument document;
    private final LiveAnalysis liveAnalysis;
    private final ReadOnlyObjectWrapper<Map<String, ScenarioCost>> byScenario =
            new ReadOnlyObjectWrapper<>(this, "byScenario", Map.of());
    private final ReadOnlyObjectWrapper<ScenarioCost> current = new ReadOnlyObjectWrapper<>(this, "current");

    public LiveCosts(PlanDocument document, LiveAnalysis liveAnalysis) {
        this.document = Objects.requireNonNull(document, "document");
        this.liveAnalysis = Objects.requireNonNull(liveAnalysis, "liveAnalysis");
        liveAnalysis.scenariosProperty().addListener((obs, old, all) -> recompute(all));
        liveAnalysis.analysisProperty().addListener((obs, old, analysis) -> showCurrent());
        recompute(liveAnalysis.getScenarios());
    }

    private void recompute(ScenarioAnalyses all) {
        Map<String, ScenarioCost> costs = new LinkedHashMap<>();
        if (all != null) {
            for (Analysis analysis : all.all()) {
                DowntimeCosts.of(document.getPlan(), analysis)
                        .ifPresent(cost -> costs.put(analysis.scenario().id(), cost));
            }
        }
        byScenario.set(Map.copyOf(costs));
        showCurrent();
    }

    private void showCurrent() {
        Analysis shown = liveAnalysis.getAnalysis();
        current.set(shown == null ? null : byScenario.get().get(shown.scenario().id()));
    }

    /** Each analysed scenario's cost by scenario id; empty before the first analysis and when the plan has no rates. */
    public ReadOnlyObjectProperty<Map<String, ScenarioCost>> byScenarioProperty() {
        return byScenario.getReadOnlyProperty();
    }

    /** The cost of the scenario the window shows; {@code null} when the plan has no rates or nothing is analysed yet. */
    public ReadOnlyObjectProperty<ScenarioCost> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ScenarioCost getCurrent() {
        return current.get();
    }
}
