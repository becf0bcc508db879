package com.recoveryworkbench.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.MenuItem;

/**
 * The fold entries of the map's context menu for a point of the map: "Fold eu-west" on a lane,
 * "Unfold eu-west" on a folded card, then "Fold All Groups" and "Unfold All"; none while the map has no
 * lanes. Item ids: {@code canvas-fold}, {@code canvas-unfold}, {@code canvas-fold-all},
 * {@code canvas-unfold-all}. FX thread only.
 */
final class FoldMenuItems {
    private final CanvasState state;
    private final FoldCommands commands;

    FoldMenuItems(CanvasState state, FoldCommands commands) {
        this.state = state;
        this.commands = commands;
    }

    /** The entries for world point ({@code wx}, {@code wy}). */
    List<MenuItem> at(double wx, double wy) {
        if (state.grouping().kind() == null) {
            return List.of();
        }
        List<MenuItem> items = new ArrayList<>();
        FoldedCards.Card folded = state.foldedCardAt(wx, wy);
        Lane lane = folded == null ? state.lanes().dropTarget(wx, wy, null) : null;
        if (folded != null) {
            items.add(item("Unfold " + folded.name(), "canvas-unfold", () -> commands.fold(folded.name(), false)));
        } else if (lane != null) {
            items.add(item("Fold " + lane.name(), "canvas-fold", () -> commands.fold(lane.name(), true)));
        }
        items.add(item("Fold All Groups", "canvas-fold-all", commands::foldAll));
        items.add(item("Unfold All", "canvas-unfold-all", commands::unfoldAll));
        return items;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
