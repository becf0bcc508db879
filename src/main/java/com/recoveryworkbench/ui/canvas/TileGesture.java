package com.recoveryworkbench.ui.canvas;

import java.util.LinkedHashSet;
import java.util.Set;
import javafx.scene.input.MouseEvent;

/**
 * A press on a group tile ({@link GroupTiles}). Clicked, it selects the group's services (with Shift,
 * adds them), so the inspector and the tables follow; dragged, it pans the view, since the cards it
 * stands for are not drawn at this zoom and cannot be moved. FX thread only.
 */
final class TileGesture implements Gesture {
    private final CanvasState state;
    private final FoldedCards.Card tile;
    private final PanZoomGesture pan;
    private final boolean adding;
    private final double pressX;
    private final double pressY;
    private boolean dragging;

    TileGesture(CanvasState state, FoldedCards.Card tile, MouseEvent press) {
        this.state = state;
        this.tile = tile;
        this.pan = new PanZoomGesture(state.viewport(), press);
        this.adding = press.isShiftDown() || press.isShortcutDown();
        this.pressX = press.getX();
        this.pressY = press.getY();
    }

    @Override
    public void drag(MouseEvent e) {
        dragging |= Math.hypot(e.getX() - pressX, e.getY() - pressY) >= MoveGesture.DRAG_THRESHOLD;
        if (dragging) {
            pan.drag(e);
        }
    }

    @Override
    public void release(MouseEvent e) {
        drag(e);
        if (!dragging) {
            Set<String> chosen = adding ? new LinkedHashSet<>(state.workbench().selection().getServices())
                    : new LinkedHashSet<>();
            chosen.addAll(tile.group().members());
            state.workbench().selection().selectServices(chosen);
        }
    }

    @Override
    public void cancel() {
        // Panning changes no plan, and a click not yet released has selected nothing.
    }
}
