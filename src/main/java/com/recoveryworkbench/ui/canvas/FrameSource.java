package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.ui.state.Selection;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The view options a frame is painted with (search filter, greyed services, presentation look,
 * comparison marks), and the {@link Frame} of the moment built from them, the document, the
 * selection, the hover, a running drag over the lanes and a running glide. FX thread only.
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
            presentation, changeMarks, state.laneGroupingProperty()};
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
        Lanes lanes;
        Lane target = null;
        if (painted != plan) {
            services = SpatialIndex.of(painted);
            dependencies = DependencyIndex.of(services);
            lanes = Lanes.of(painted, state.laneGroupingProperty().get() == null ? LaneGrouping.NONE
                    : state.laneGroupingProperty().get());
        } else if (state.laneDrop() != null) {
            // The lanes from before the drag: the dragged card must not stretch its own lane.
            lanes = state.laneDrop().lanes();
            target = state.laneDrop().target();
        } else {
            lanes = state.lanes();
        }
        return new Frame(services, dependencies, analysis, selection.getServices(), selection.getDependency(),
                emphasis(), greyed.get() == null ? Set.of() : greyed.get(), presentation.get(), lanes, target,
                changeMarks.get() == null ? ChangeMarks.NONE : changeMarks.get());
    }
}
