package com.recoveryworkbench.ui.state;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.cost.DowntimeCosts;
import com.recoveryworkbench.analysis.cost.ScenarioCost;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.ui.edit.PlanDocument;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The cost of downtime of the scenario the window shows, worked out (a pass over its services, no
 * re-analysis: 3–4 ms of CPU for 10,000 services) each time {@link LiveAnalysis} shows another analysis:
 * a new result, or another scenario picked.
 *
 * <p>The cost needs the plan that was analysed, not the document's newest one (an edit may have removed a
 * service the shown analysis still has). {@link LiveAnalysis} publishes only the result of the newest plan
 * submitted, so when its {@link LiveAnalysis#scenariosProperty() analyses} change, the document's plan is
 * the one analysed; it is kept until the next result, and every analysis shown until then is one of those.
 *
 * <p>When the plan has no rate anywhere there is no cost: {@link #currentProperty()} is {@code null}, so
 * views show no money. FX thread only.
 */
public final class LiveCosts {
    private final PlanDocument document;
    private final LiveAnalysis liveAnalysis;
    private final ReadOnlyObjectWrapper<ScenarioCost> current = new ReadOnlyObjectWrapper<>(this, "current");
    private Plan analysedPlan;

    public LiveCosts(PlanDocument document, LiveAnalysis liveAnalysis) {
        this.document = Objects.requireNonNull(document, "document");
        this.liveAnalysis = Objects.requireNonNull(liveAnalysis, "liveAnalysis");
        // Registered before the analysis listener, and LiveAnalysis publishes the analyses before the one shown.
        liveAnalysis.scenariosProperty().addListener((obs, old, all) -> analysedPlan = document.getPlan());
        liveAnalysis.analysisProperty().addListener((obs, old, analysis) -> show(analysis));
        if (liveAnalysis.getScenarios() != null) {
            analysedPlan = document.getPlan();
        }
        show(liveAnalysis.getAnalysis());
    }

    private void show(Analysis analysis) {
        current.set(analysis == null || analysedPlan == null ? null
                : DowntimeCosts.of(analysedPlan, analysis).orElse(null));
    }

    /** The cost of the scenario the window shows; {@code null} when the plan has no rates or nothing is analysed yet. */
    public ReadOnlyObjectProperty<ScenarioCost> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ScenarioCost getCurrent() {
        return current.get();
    }
}
