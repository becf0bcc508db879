package com.recoveryworkbench.ui.menus;

import static com.recoveryworkbench.ui.menus.Commands.action;

import com.recoveryworkbench.model.GroupKind;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.ui.canvas.LaneGrouping;
import com.recoveryworkbench.ui.canvas.PlanCanvasView;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.state.Selection;
import com.recoveryworkbench.ui.state.WorkbenchState;
import com.recoveryworkbench.ui.theme.Theme;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.controlsfx.control.action.Action;

/**
 * Edit ▸ Group Selected Services… (asks a name, then one undoable step) and Edit ▸ Ungroup, both available
 * only while services are selected. When the map draws no lanes yet, grouping turns on the lanes by group,
 * so the person sees the group just made. FX thread only.
 */
final class GroupCommands {
    private final WorkbenchState workbench;
    private final PlanCanvasView canvas;
    private final Action group;
    private final Action ungroup;

    GroupCommands(WorkbenchState workbench, PlanCanvasView canvas) {
        this.workbench = workbench;
        this.canvas = canvas;
        Selection selection = workbench.selection();
        BooleanBinding hasServices = Bindings.createBooleanBinding(() -> !selection.getServices().isEmpty(),
                selection.servicesProperty());
        group = action("Group Selected Services…", "Shortcut+G",
                "Put the selected services in a group you name; the map can draw and fold it like a region.",
                this::askAndGroup, hasServices);
        ungroup = action("Ungroup", "Shortcut+Shift+G", "Take the selected services out of their group.",
                () -> ServiceGrouping.ungroup(workbench.document(), selection.getServices()), hasServices);
    }

    private void askAndGroup() {
        PlanDocument document = workbench.document();
        Set<String> ids = workbench.selection().getServices();
        Plan plan = document.getPlan();
        GroupNameDialog.ask(window(), stylesheets(), ids.size(), ServiceGrouping.groupNames(plan),
                        ServiceGrouping.commonGroup(plan, ids))
                .ifPresent(name -> {
                    if (ServiceGrouping.group(document, ids, name)) {
                        showLanesIfNone(document.getPlan());
                    }
                });
    }

    /** Turns on the lanes by group when the lanes draw nothing: none chosen, or no service in a group of their kind. */
    private void showLanesIfNone(Plan plan) {
        LaneGrouping lanes = canvas.laneGroupingProperty().get();
        GroupKind kind = lanes == null ? null : lanes.kind();
        boolean drawsLanes = kind != null && plan.services().stream().anyMatch(s -> !kind.groupOf(s).isEmpty());
        if (!drawsLanes) {
            canvas.laneGroupingProperty().set(LaneGrouping.GROUP);
        }
    }

    private Window window() {
        Scene scene = canvas.node().getScene();
        return scene == null ? null : scene.getWindow();
    }

    private List<String> stylesheets() {
        Scene scene = canvas.node().getScene();
        return scene == null ? Theme.LIGHT.stylesheets() : List.copyOf(scene.getStylesheets());
    }

    Action group() {
        return group;
    }

    Action ungroup() {
        return ungroup;
    }
}
