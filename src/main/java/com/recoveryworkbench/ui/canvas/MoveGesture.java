package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.edit.PlanEdits;
import com.recoveryworkbench.ui.state.Selection;
import java.util.List;
import java.util.Set;
import javafx.scene.input.MouseEvent;

/**
 * A press on a card: selects it (Shift or Ctrl/Cmd toggles it instead), and a drag then moves it, or
 * every selected card when it is one of them. The plan is previewed while the mouse moves and
 * committed as one undoable step on release; Escape puts the cards back. When the pressed card's
 * centre is dropped inside another lane than its own, the moved cards join that lane (region or
 * owner) in the same step ("Move Checkout into eu-west"); dropped outside every lane they keep it.
 * While dragging, the lanes stay as they were before the drag, with the drop target shown. FX thread only.
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
    private final Lanes lanes;
    private final LaneGrouping grouping;
    private boolean dragging;
    private Lane target;

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
        // Services folded away stay where they are: only what is in view moves.
        moving = selected.contains(pressed)
                ? selected.stream().filter(id -> state.services().service(id) != null).toList() : List.of();
        lanes = state.lanes();
        grouping = state.laneGroupingProperty().get();
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
        Plan moved = PlanEdits.moveServices(base, moving, v.toWorldLength(dx), v.toWorldLength(dy),
                state.snapToGridProperty().get());
        Service card = moved.service(pressed).orElseThrow();
        Lane over = lanes.dropTarget(CardGeometry.centreX(card.position()), CardGeometry.centreY(card.position()),
                grouping == null ? "" : grouping.groupOf(base.service(pressed).orElseThrow()));
        target = over == null || over.name().equals(grouping.groupOf(card)) ? null : over;
        state.setLaneDrop(new CanvasState.LaneDrop(lanes, target));
        state.workbench().document().preview(target == null ? moved : grouping.assign(moved, moving, target.name()));
    }

    @Override
    public void release(MouseEvent e) {
        if (dragging) {
            drag(e);
            state.setLaneDrop(null);
            String what = PlanEdits.describe("Move", base, moving);
            state.workbench().document().commitPreview(target == null ? what : what + " into " + target.name());
        } else if (collapseOnClick) {
            state.workbench().selection().selectService(pressed);
        }
    }

    @Override
    public void cancel() {
        if (dragging) {
            state.setLaneDrop(null);
            state.workbench().document().cancelPreview();
            dragging = false;
        }
    }
}
