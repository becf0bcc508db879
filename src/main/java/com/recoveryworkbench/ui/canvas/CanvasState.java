package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.model.DependencyType;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the canvas's gestures share: the workbench, the viewport, the editing options, the indexes of
 * the current plan (rebuilt lazily when the plan has changed, so a burst of plan changes between two
 * frames costs one rebuild) and a way to ask for a repaint. Holds no nodes. FX thread only.
 */
final class CanvasState {
    private final WorkbenchState workbench;
    private final Viewport viewport;
    private final Runnable repaint;
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid");
    private final ObjectProperty<DependencyType> connectType =
            new SimpleObjectProperty<>(this, "connectType", DependencyType.HARD);
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");
    private final ObjectProperty<LaneGrouping> laneGrouping =
            new SimpleObjectProperty<>(this, "laneGrouping", LaneGrouping.REGION);
    private SpatialIndex services;
    private DependencyIndex dependencies;
    private Lanes lanes;
    private Plan lanesPlan;
    private LaneGrouping lanesGrouping;
    private LaneDrop laneDrop;

    /** The lanes a card drag shows while it runs (those of the plan before it) and its drop target. */
    record LaneDrop(Lanes lanes, Lane target) {
    }

    CanvasState(WorkbenchState workbench, Viewport viewport, Runnable repaint) {
        this.workbench = Objects.requireNonNull(workbench);
        this.viewport = Objects.requireNonNull(viewport);
        this.repaint = Objects.requireNonNull(repaint);
    }

    WorkbenchState workbench() {
        return workbench;
    }

    Viewport viewport() {
        return viewport;
    }

    void repaint() {
        repaint.run();
    }

    BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    ObjectProperty<DependencyType> connectTypeProperty() {
        return connectType;
    }

    /** The sentence of the last refused edit, empty when the last edit went through. */
    ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    void refused(IllegalArgumentException e) {
        refusal.set(e.getMessage() == null ? "" : e.getMessage());
    }

    void accepted() {
        refusal.set("");
    }

    ObjectProperty<LaneGrouping> laneGroupingProperty() {
        return laneGrouping;
    }

    /** The lanes of the current plan, computed once per plan and grouping. */
    Lanes lanes() {
        Plan plan = workbench.document().getPlan();
        LaneGrouping grouping = laneGrouping.get() == null ? LaneGrouping.NONE : laneGrouping.get();
        if (lanes == null || lanesPlan != plan || lanesGrouping != grouping) {
            lanes = Lanes.of(plan, grouping);
            lanesPlan = plan;
            lanesGrouping = grouping;
        }
        return lanes;
    }

    /** A card drag in progress over the lanes; {@code null} when none. */
    LaneDrop laneDrop() {
        return laneDrop;
    }

    void setLaneDrop(LaneDrop drop) {
        laneDrop = drop;
    }

    /** The index of the document's current plan. */
    SpatialIndex services() {
        Plan plan = workbench.document().getPlan();
        if (services == null || services.plan() != plan) {
            services = SpatialIndex.of(plan);
            dependencies = null;
        }
        return services;
    }

    DependencyIndex dependencies() {
        SpatialIndex current = services();
        if (dependencies == null) {
            dependencies = DependencyIndex.of(current);
        }
        return dependencies;
    }

    /** Applies an edit as one undoable step; a refusal leaves the plan as it was and is remembered. */
    boolean apply(String description, java.util.function.UnaryOperator<Plan> change) {
        try {
            boolean changed = workbench.document().apply(description, change);
            accepted();
            return changed;
        } catch (IllegalArgumentException e) {
            refused(e);
            return false;
        }
    }
}
