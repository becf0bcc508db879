package com.recoveryworkbench.ui.timeline;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.drill.Basis;
import com.recoveryworkbench.analysis.drill.DrillAnalyses;
import com.recoveryworkbench.analysis.drill.ProvenResult;
import com.recoveryworkbench.model.Plan;
import java.util.Set;
import java.util.stream.Collectors;
import com.recoveryworkbench.ui.state.WorkbenchState;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The restore timeline's state: the grouping the user chose and the {@link TimelineChart} of the newest
 * analysis, with each drill-measured service's bar on the other basis beside its own. The chart follows the analysis, not the plan, so bars never show a schedule the analysis
 * has not computed. FX thread only.
 */
public final class TimelineModel {
    private final WorkbenchState workbench;
    private final ObjectProperty<TimelineChart.Grouping> grouping =
            new SimpleObjectProperty<>(this, "grouping", TimelineChart.Grouping.WAVE);
    private final ReadOnlyObjectWrapper<TimelineChart> chart =
            new ReadOnlyObjectWrapper<>(this, "chart", TimelineChart.EMPTY);

    public TimelineModel(WorkbenchState workbench) {
        this.workbench = workbench;
        workbench.liveAnalysis().analysisProperty().addListener((obs, old, now) -> refresh());
        grouping.addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        Plan plan = workbench.document().getPlan();
        Analysis analysis = workbench.liveAnalysis().getAnalysis();
        TimelineChart.Grouping by = grouping.get() == null ? TimelineChart.Grouping.WAVE : grouping.get();
        chart.set(withMeasuredBars(TimelineChart.of(plan, analysis, by)));
    }

    /** Adds the other basis's bar to each service a drill measured, when the drills measured anything. */
    private TimelineChart withMeasuredBars(TimelineChart shown) {
        DrillAnalyses both = workbench.liveAnalysis().getBothBases();
        if (both == null || both.proven() == both.planned()) {
            return shown;
        }
        boolean proven = workbench.basisProperty().get() == Basis.PROVEN;
        Analysis other = both.on(proven ? Basis.PLANNED : Basis.PROVEN)
                .of(workbench.currentScenarioProperty().get()).orElse(null);
        if (other == null) {
            return shown;
        }
        Set<String> measured = both.view().results().stream()
                .filter(r -> r.latestEvidence().map(e -> e.measured() != null).orElse(false))
                .map(ProvenResult::id).collect(Collectors.toSet());
        return shown.withOtherBasis(other, measured, proven);
    }

    /** By wave (the default) or by owner. */
    public ObjectProperty<TimelineChart.Grouping> groupingProperty() {
        return grouping;
    }

    public ReadOnlyObjectProperty<TimelineChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }
}
