package com.recoveryworkbench.ui.menus;

import com.recoveryworkbench.layout.Direction;
import com.recoveryworkbench.layout.LayoutRequest;
import com.recoveryworkbench.layout.LayoutResult;
import com.recoveryworkbench.layout.PlanLayout;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.ui.canvas.CardGeometry;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.state.BackgroundTasks;
import com.recoveryworkbench.ui.state.Selection;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Arranges the map automatically in restore order (wave 1 on the left, or at the top): the selected services when
 * two or more are selected, else all of them. The layout is computed on {@link BackgroundTasks} and
 * applied as one undoable step ("Arrange 18 services"), unless the plan changed meanwhile, since
 * positions computed for an older plan would silently undo those edits. FX thread only.
 */
public final class ArrangeAction {
    private final PlanDocument document;
    private final Selection selection;
    private final BackgroundTasks tasks;
    private final PlanLayout layout;
    private final Consumer<Exception> onFailure;
    private final ReadOnlyBooleanWrapper arranging = new ReadOnlyBooleanWrapper(this, "arranging");
    private final ObjectProperty<Direction> direction =
            new SimpleObjectProperty<>(this, "direction", Direction.LEFT_TO_RIGHT);
    private Runnable afterArrange = () -> { };
    private Runnable beforeArrange = () -> { };
    private DoubleSupplier aspectRatio = () -> 0;

    public ArrangeAction(WorkbenchState workbench, BackgroundTasks tasks, PlanLayout layout, Consumer<Exception> onFailure) {
        this.document = workbench.document();
        this.selection = workbench.selection();
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
    }

    /** What runs after an arrangement was applied (the canvas shows the result). */
    public void setAfterArrange(Runnable action) {
        afterArrange = Objects.requireNonNull(action, "action");
    }

    /** What runs just before an arrangement is applied (the canvas animates the change). */
    public void setBeforeArrange(Runnable action) {
        beforeArrange = Objects.requireNonNull(action, "action");
    }

    /** The shape of the map's canvas (width over height; 0 when unknown), which the arrangement fits. */
    public void setAspectRatio(DoubleSupplier ratio) {
        aspectRatio = Objects.requireNonNull(ratio, "ratio");
    }

    /** Which way the next Arrange lays the map out: wave 1 on the left (the default) or at the top. */
    public ObjectProperty<Direction> directionProperty() {
        return direction;
    }

    /** True while a layout is being computed; the command is unavailable meanwhile. */
    ReadOnlyBooleanProperty arrangingProperty() {
        return arranging.getReadOnlyProperty();
    }

    void arrange() {
        Plan plan = document.getPlan();
        long revision = document.getRevision();
        Set<String> selected = selection.getServices();
        Set<String> scope = selected.size() >= 2 ? selected : Set.of();
        // Pinned services stay put, so the undo step names only those that may move.
        int count = (int) (scope.isEmpty() ? plan.services().stream() : scope.stream().map(plan::service)
                .flatMap(Optional::stream)).filter(s -> !s.pinned()).count();
        Direction towards = direction.get() == null ? Direction.LEFT_TO_RIGHT : direction.get();
        LayoutRequest request = new LayoutRequest(plan, scope, Set.of(), towards, CardGeometry.WIDTH,
                CardGeometry.HEIGHT, aspectRatio.getAsDouble());
        arranging.set(true);
        tasks.run(() -> layout.arrange(request), result -> {
            arranging.set(false);
            if (document.getRevision() == revision) {
                apply(result, count);
            }
        }, error -> {
            arranging.set(false);
            onFailure.accept(error);
        });
    }

    private void apply(LayoutResult result, int count) {
        String what = count == 1 ? "1 service" : count + " services";
        beforeArrange.run();
        if (document.apply("Arrange " + what, result::applyTo)) {
            afterArrange.run();
        }
    }
}
