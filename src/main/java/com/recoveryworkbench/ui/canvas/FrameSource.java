package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.drill.Basis;
import com.recoveryworkbench.analysis.drill.DrillAnalyses;
import com.recoveryworkbench.io.export.EvidenceLine;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.ui.state.Selection;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.Map;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The view options a frame is painted with (search filter, greyed services, presentation look,
 * comparison marks), and the {@link Frame} of the moment built from them, the document, the
 * selection, the hover, a running drag over the lanes and a running glide, with the lanes' summaries
 * (kept while nothing they count changed). Zoomed out below the names with lanes drawn, the frame shows
 * every group as a tile ({@link GroupTiles}) instead of its lane and its services. FX thread only.
 */
final class FrameSource {
    final ObjectProperty<Set<String>> filter = new SimpleObjectProperty<>(this, "filter");
    final ObjectProperty<Set<String>> greyed = new SimpleObjectProperty<>(this, "greyed");
    final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");
    final ObjectProperty<ChangeMarks> changeMarks = new SimpleObjectProperty<>(this, "changeMarks");

    private final CanvasState state;
    private final HoverTracker hover;
    private final GlideAnimation glide;
    private final EmphasisChooser emphasis = new EmphasisChooser();
    private SummaryKey summariesOf;
    private Map<String, LaneSummary> summaries = Map.of();
    private EvidenceKey evidenceOf;
    private Map<String, String> evidence = Map.of();

    /** What the lane summaries were computed from, compared by identity: a new plan or analysis is a new object. */
    private record SummaryKey(Plan plan, LaneGrouping grouping, Analysis analysis, Set<String> greyed) {
        boolean sameAs(SummaryKey other) {
            return other != null && plan == other.plan && grouping == other.grouping && analysis == other.analysis
                    && greyed == other.greyed;
        }
    }

    /** What the cards' evidence lines were worded from, compared by identity as {@link SummaryKey}. */
    private record EvidenceKey(Plan plan, DrillAnalyses analyses, Basis basis) {
        boolean sameAs(EvidenceKey other) {
            return other != null && plan == other.plan && analyses == other.analyses && basis == other.basis;
        }
    }

    FrameSource(CanvasState state, HoverTracker hover, GlideAnimation glide) {
        this.state = state;
        this.hover = hover;
        this.glide = glide;
    }

    /** Everything whose change calls for a new frame. */
    Observable[] observables() {
        WorkbenchState w = state.workbench();
        Selection selection = w.selection();
        return new Observable[] {w.document().planProperty(), w.liveAnalysis().analysisProperty(),
            selection.servicesProperty(), selection.dependencyProperty(), w.highlightModeProperty(), filter, greyed,
            presentation, changeMarks, state.laneGroupingProperty(), w.liveAnalysis().bothBasesProperty(),
            w.basisProperty()};
    }

    /** What the next frame highlights and dims, filter included. */
    Emphasis emphasis() {
        WorkbenchState w = state.workbench();
        return emphasis.choose(w.document().getPlan(), w.liveAnalysis().getAnalysis(), w.selection().getServices(),
                w.highlightModeProperty().get(), presentation.get(), hover.hovered()).filteredTo(filter.get());
    }

    Frame next() {
        WorkbenchState w = state.workbench();
        Selection selection = w.selection();
        Analysis analysis = w.liveAnalysis().getAnalysis();
        Plan plan = w.document().getPlan();
        Plan painted = glide.paintedPlan(plan);
        SpatialIndex services = state.services();
        DependencyIndex dependencies = state.dependencies();
        FoldedCards folds = state.folds();
        Lanes lanes;
        Lane target = null;
        if (state.tiled()) {
            // Zoomed out below the names: every group a tile, the services in none as they are.
            GroupTiles tiles = painted != plan ? GroupTiles.of(painted, state.grouping()) : state.tiles();
            folds = tiles.cards();
            services = tiles.loose();
            dependencies = tiles.looseDependencies();
            lanes = Lanes.NONE;
        } else if (painted != plan) {
            folds = FoldedCards.of(painted, state.grouping());
            services = SpatialIndex.of(folds.map().shown());
            dependencies = DependencyIndex.of(services);
            lanes = Lanes.of(folds.map().shown(), state.grouping());
        } else if (state.laneDrop() != null) {
            // The lanes from before the drag: the dragged card must not stretch its own lane.
            lanes = state.laneDrop().lanes();
            target = state.laneDrop().target();
        } else {
            lanes = state.lanes();
        }
        Set<String> grey = greyed.get() == null ? Set.of() : greyed.get();
        return new Frame(services, dependencies, analysis, selection.getServices(), selection.getDependency(),
                emphasis(), grey, presentation.get(), lanes, target,
                changeMarks.get() == null ? ChangeMarks.NONE : changeMarks.get(), summaries(painted, analysis, grey),
                evidence(plan), folds.isEmpty() ? FoldView.NONE : new FoldView(folds, state.selectedFold()));
    }

    /** The cards' evidence lines, worded again only when the plan, the analyses or the basis changed. */
    private Map<String, String> evidence(Plan plan) {
        WorkbenchState w = state.workbench();
        DrillAnalyses analyses = w.liveAnalysis().getBothBases();
        EvidenceKey key = new EvidenceKey(plan, analyses, w.basisProperty().get());
        if (!key.sameAs(evidenceOf)) {
            evidence = EvidenceLine.of(plan, analyses == null ? null : analyses.view(), key.basis());
            evidenceOf = key;
        }
        return evidence;
    }

    /** The lane summaries, computed again only when the plan, grouping, analysis or greyed set changed. */
    private Map<String, LaneSummary> summaries(Plan plan, Analysis analysis, Set<String> grey) {
        LaneGrouping grouping = state.grouping();
        SummaryKey key = new SummaryKey(plan, grouping, analysis, grey);
        if (!key.sameAs(summariesOf)) {
            summaries = grouping == LaneGrouping.NONE ? Map.of() : LaneSummary.of(plan, grouping, analysis, grey);
            summariesOf = key;
        }
        return summaries;
    }
}
