package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.Selection;
import com.recoveryworkbench.ui.edit.PlanEdits;
import java.util.List;
import java.util.Set;
import javafx.scene.input.MouseEvent;

/**
 * A press on a card: selects it (Shift or Ctrl/Cmd toggles it instead), and a drag then moves it, or
 * every selected card when it is one of them. The plan is previewed while the mouse moves and
 * committed as one undoable step on release; Escape puts the cards back. FX thread only.
 */
final class MoveGesture implements Gesture {
    /** Mouse travel, in pixels, before a press becomes a drag rather than a click. */
    static final double DRAG_THRESHOLD = 3;

    private final CanvasState state;
    private final String pressed;
    private final Plan base;
    private final List<String> moving;
    private final double pressX;
    private final double pressY;
    private final boolean collapseOnClick;
    private boolean dragging;

    MoveGesture(CanvasState state, Service card, MouseEvent press) {
        this.state = state;
        this.pressed = card.id();
        this.base = state.workbench().document().getPlan();
        this.pressX = press.getX();
        this.pressY = press.getY();
        Selection selection = state.workbench().selection();
        boolean wasSelected = selection.getServices().contains(pressed);
        if (press.isShiftDown() || press.isShortcutDown()) {
            selection.toggleService(pressed);
            collapseOnClick = false;
        } else {
            if (!wasSelected) {
                selection.selectService(pressed);
            }
            // Pressing a card of a multiple selection keeps it for a drag; a plain click narrows it.
            collapseOnClick = wasSelected;
        }
        Set<String> selected = selection.getServices();
        moving = selected.contains(pressed) ? List.copyOf(selected) : List.of();
    }

    @Override
    public void drag(MouseEvent e) {
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (moving.isEmpty() || (!dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD)) {
            return;
        }
        dragging = true;
        Viewport v = state.viewport();
        state.workbench().document().preview(PlanEdits.moveServices(base, moving, v.toWorldLength(dx),
                v.toWorldLength(dy), state.snapToGridProperty().get()));
    }

    @Override
    public void release(MouseEvent e) {
        if (dragging) {
            drag(e);
            state.workbench().document().commitPreview(PlanEdits.describe("Move", base, moving));
        } else if (collapseOnClick) {
            state.workbench().selection().selectService(pressed);
        }
    }

    @Override
    public void cancel() {
        if (dragging) {
            state.workbench().document().cancelPreview();
            dragging = false;
        }
    }
}
