package com.recoveryworkbench.ui.scenarios;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.ui.canvas.MapSpot;
import com.recoveryworkbench.ui.canvas.PlanCanvasView;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The map's context menu ({@code #what-if-menu}): a right click (without dragging, since a right drag
 * pans) on a card offers "What if ‹service› is lost?" ({@code #what-if-service}), on a region's lane
 * "What if ‹region› is lost?" ({@code #what-if-region}). Either adds a scenario that loses just that,
 * as one undoable step, and switches the window to it. Below them, the map's fold entries
 * ({@link com.recoveryworkbench.ui.canvas.MapFolding#menuItems}). FX thread only.
 */
public final class WhatIfMenu {
    private final WorkbenchState workbench;
    private final PlanCanvasView canvas;
    private final ContextMenu menu = new ContextMenu();

    public WhatIfMenu(WorkbenchState workbench, PlanCanvasView canvas) {
        this.workbench = workbench;
        this.canvas = canvas;
        menu.setId("what-if-menu");
        // A filter: the map's own gestures consume the release of the right button that ends a pan.
        canvas.node().addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.SECONDARY && e.isStillSincePress()) {
                show(e);
            }
        });
    }

    private void show(MouseEvent e) {
        MapSpot spot = canvas.spotAt(e.getSceneX(), e.getSceneY());
        Plan plan = workbench.document().getPlan();
        List<MenuItem> items = new ArrayList<>();
        if (spot.serviceId() != null && plan.hasService(spot.serviceId())) {
            String name = plan.service(spot.serviceId()).orElseThrow().name();
            items.add(item("What if " + name + " is lost?", "what-if-service",
                    p -> ScenarioEdits.losingService(p, spot.serviceId())));
        }
        if (spot.region() != null) {
            items.add(item("What if " + spot.region() + " is lost?", "what-if-region",
                    p -> ScenarioEdits.losingRegion(p, spot.region())));
        }
        List<MenuItem> folds = canvas.folding().menuItems(e.getSceneX(), e.getSceneY());
        if (!items.isEmpty() && !folds.isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        items.addAll(folds);
        menu.hide();
        if (!items.isEmpty()) {
            menu.getItems().setAll(items);
            menu.show(canvas.node(), e.getScreenX(), e.getScreenY());
        }
    }

    private MenuItem item(String text, String id, Function<Plan, ScenarioEdits.Added> edit) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> {
            ScenarioEdits.Added added = edit.apply(workbench.document().getPlan());
            String name = added.plan().scenario(added.id()).orElseThrow().name();
            workbench.document().apply("Add scenario " + name, p -> added.plan());
            workbench.currentScenarioProperty().set(added.id());
        });
        return item;
    }
}
