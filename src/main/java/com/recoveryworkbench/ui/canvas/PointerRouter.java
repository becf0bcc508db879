package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.model.Service;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Turns mouse events on the canvas into gestures: what is under a press decides which gesture runs
 * (middle or right button: pan; a handle: connect; a card: select and move; a folded group's card:
 * select it; a group tile: select its services or pan; empty space: rubber band), a double-click renames
 * a card, unfolds a folded one, zooms to a tile's group or adds a service on empty space. FX thread only.
 */
final class PointerRouter {
    /** Extra reach, in pixels, around a connection handle, so it is easy to grab. */
    private static final double HANDLE_SLACK_PX = 4;

    private final CanvasState state;
    private final Node canvas;
    private final Consumer<String> renameCard;
    private final BiConsumer<Double, Double> addServiceAt;
    private final FoldCommands folds;
    private final Consumer<FoldedCards.Card> zoomToTile;
    private Gesture active;
    private MouseButton activeButton;

    /**
     * @param renameCard   opens the in-place rename on a service id
     * @param addServiceAt adds a service centred on a world point
     * @param zoomToTile   zooms to the group of a tile
     */
    PointerRouter(CanvasState state, Node canvas, Consumer<String> renameCard, BiConsumer<Double, Double> addServiceAt,
                  FoldCommands folds, Consumer<FoldedCards.Card> zoomToTile) {
        this.state = state;
        this.folds = folds;
        this.zoomToTile = zoomToTile;

        this.canvas = canvas;
        this.renameCard = renameCard;
        this.addServiceAt = addServiceAt;
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    }

    private void pressed(MouseEvent e) {
        // Taking the focus first also commits an open rename, so the hit test sees the renamed plan.
        canvas.requestFocus();
        if (active != null) {
            return;
        }
        Viewport v = state.viewport();
        double wx = v.toWorldX(e.getX());
        double wy = v.toWorldY(e.getY());
        if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.SECONDARY) {
            active = new PanZoomGesture(v, e);
        } else if (e.getButton() == MouseButton.PRIMARY) {
            active = primaryPress(e, wx, wy);
        }
        activeButton = e.getButton();
        state.repaint();
        e.consume();
    }

    private Gesture primaryPress(MouseEvent e, double wx, double wy) {
        // Folded cards are drawn over the others, so they are hit first.
        FoldedCards.Card folded = state.foldedCardAt(wx, wy);
        state.selectFold(folded == null ? null : folded.name());
        if (folded != null) {
            // A folded card stands for services out of sight: it is selected and unfolded, never edited through.
            state.workbench().selection().clear();
            if (e.getClickCount() == 2) {
                folds.fold(folded.name(), false);
            }
            return null;
        }
        // Zoomed out below the names, a group's tile stands in front of its services' hidden blocks.
        FoldedCards.Card tile = state.tileAt(wx, wy);
        if (tile != null) {
            if (e.getClickCount() == 2) {
                zoomToTile.accept(tile);
                return null;
            }
            return new TileGesture(state, tile, e);
        }
        SpatialIndex index = state.services();
        Service handle = index.handleAt(wx, wy, state.viewport().toWorldLength(HANDLE_SLACK_PX));
        Service card = index.serviceAt(wx, wy);
        if (e.getClickCount() == 2) {
            if (card != null) {
                renameCard.accept(card.id());
            } else if (handle == null) {
                addServiceAt.accept(wx, wy);
            }
            return null;
        }
        if (handle != null && (card == null || card == handle)) {
            return new ConnectGesture(state, handle, e);
        }
        return card != null ? new MoveGesture(state, card, e) : new RubberBand(state, e);
    }

    private void dragged(MouseEvent e) {
        if (active != null) {
            active.drag(e);
            e.consume();
        }
    }

    private void released(MouseEvent e) {
        if (active != null && e.getButton() == activeButton) {
            Gesture ending = active;
            active = null;
            ending.release(e);
            state.repaint();
            e.consume();
        }
    }

    /** Escape: stops the running gesture; returns false when there was none. */
    boolean cancel() {
        if (active == null) {
            return false;
        }
        Gesture cancelled = active;
        active = null;
        cancelled.cancel();
        state.repaint();
        return true;
    }

    void paintOverlay(GraphicsContext g, Palette palette, double scale) {
        if (active != null) {
            active.paintOverlay(g, palette, scale);
        }
    }
}
