package com.recoveryworkbench.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.MenuItem;

/**
 * The map's folding, as the menus use it: folding and unfolding the groups the canvas draws as lanes
 * (regions, owners or named groups), each one undoable edit of the plan's layout that no analysis reads,
 * and the fold entries of the map's context menu (item ids {@code canvas-fold}, {@code canvas-unfold},
 * {@code canvas-fold-all}, {@code canvas-unfold-all}), which do the same. Got from
 * {@link PlanCanvasView#folding()}. FX thread only.
 */
public final class MapFolding {
    private final CanvasState state;
    private final FoldCommands commands;
    private final Navigation navigation;
    private final Canvas canvas;
    private final Viewport viewport;

    MapFolding(CanvasState state, FoldCommands commands, Navigation navigation, Canvas canvas) {
        this.state = state;
        this.commands = commands;
        this.navigation = navigation;
        this.canvas = canvas;
        this.viewport = state.viewport();
    }

    /** Folds group {@code name} of the current lanes into one card; nothing without lanes or when it is folded already. */
    public void fold(String name) {
        commands.fold(name, true);
    }

    /** Unfolds group {@code name} of the current lanes. */
    public void unfold(String name) {
        commands.fold(name, false);
    }

    /**
     * Folds every group of the current lanes, and fits the map to the window: each folded card stands
     * where its lane began, so the cards of a large map would be far apart.
     */
    public void foldAll() {
        if (commands.foldAll()) {
            navigation.fitToWindow();
        }
    }

    /** Unfolds every group of the current lanes. */
    public void unfoldAll() {
        commands.unfoldAll();
    }

    /**
     * The fold entries of the map's context menu at the scene point: "Fold ‹group›" on a lane, "Unfold
     * ‹group›" on a folded card, "Fold All Groups" and "Unfold All"; empty while the map draws no lanes.
     */
    public List<MenuItem> menuItems(double sceneX, double sceneY) {
        if (state.grouping().kind() == null) {
            return List.of();
        }
        Point2D local = canvas.sceneToLocal(sceneX, sceneY);
        double wx = viewport.toWorldX(local.getX());
        double wy = viewport.toWorldY(local.getY());
        List<MenuItem> items = new ArrayList<>();
        FoldedCards.Card folded = state.foldedCardAt(wx, wy);
        Lane lane = folded == null ? state.lanes().dropTarget(wx, wy, null) : null;
        if (folded != null) {
            items.add(item("Unfold " + folded.name(), "canvas-unfold", () -> unfold(folded.name())));
        } else if (lane != null) {
            items.add(item("Fold " + lane.name(), "canvas-fold", () -> fold(lane.name())));
        }
        items.add(item("Fold All Groups", "canvas-fold-all", this::foldAll));
        items.add(item("Unfold All", "canvas-unfold-all", this::unfoldAll));
        return items;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
