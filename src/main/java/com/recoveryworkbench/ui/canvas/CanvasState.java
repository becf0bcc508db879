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
    private FoldedCards folds;
    private Plan foldsPlan;
    private LaneGrouping foldsGrouping;
    private GroupTiles tiles;
    private String selectedFold;
    private boolean presentation;

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

    /** The lane grouping, {@link LaneGrouping#NONE} for {@code null}. */
    LaneGrouping grouping() {
        return laneGrouping.get() == null ? LaneGrouping.NONE : laneGrouping.get();
    }

    /**
     * The folded groups of the current plan under the current grouping, computed once per plan and
     * grouping. What they hide is left out of {@link #services()} and {@link #lanes()}, so no gesture
     * reaches a folded-away service.
     */
    FoldedCards folds() {
        Plan plan = workbench.document().getPlan();
        LaneGrouping grouping = grouping();
        if (folds == null || foldsPlan != plan || foldsGrouping != grouping) {
            folds = FoldedCards.of(plan, grouping);
            foldsPlan = plan;
            foldsGrouping = grouping;
        }
        return folds;
    }

    /**
     * Whether the view is zoomed out below the names with lanes drawn, so that every group is drawn as a
     * tile ({@link #tiles()}) instead of its services' blocks.
     */
    boolean tiled() {
        return GroupTiles.apply(grouping(), viewport.scale(), presentation);
    }

    /** The group tiles of the current plan and grouping, computed once per plan and grouping. */
    GroupTiles tiles() {
        Plan plan = workbench.document().getPlan();
        if (tiles == null || !tiles.isOf(plan, grouping())) {
            tiles = GroupTiles.of(plan, grouping());
        }
        return tiles;
    }

    /** The group tile drawn over world point ({@code wx}, {@code wy}) at the current zoom; {@code null} for none. */
    FoldedCards.Card tileAt(double wx, double wy) {
        return tiled() ? tiles().tileAt(wx, wy, viewport.scale(), SemanticZoom.minTextPx(presentation)) : null;
    }

    /** The plan the canvas shows as cards: the document's without the services of folded groups. */
    private Plan shownPlan() {
        return folds().map().shown();
    }

    /** Whether the presentation look is on: its text, and so a folded card's size, is larger. */
    boolean presentation() {
        return presentation;
    }

    void setPresentation(boolean on) {
        presentation = on;
    }

    /** The folded card drawn over world point ({@code wx}, {@code wy}) at the current zoom; {@code null} for none. */
    FoldedCards.Card foldedCardAt(double wx, double wy) {
        return folds().at(wx, wy, viewport.scale(), SemanticZoom.minTextPx(presentation));
    }

    /** The name of the selected folded card; {@code null} when none is. */
    String selectedFold() {
        return selectedFold == null || folds().card(selectedFold) == null ? null : selectedFold;
    }

    void selectFold(String name) {
        selectedFold = name;
    }

    /** The lanes of the shown plan, computed once per plan and grouping. */
    Lanes lanes() {
        Plan plan = shownPlan();
        LaneGrouping grouping = grouping();
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

    /** The index of the shown plan: the document's current plan without the services folded away. */
    SpatialIndex services() {
        Plan plan = shownPlan();
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
