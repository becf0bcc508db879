package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.model.DependencyType;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.edit.PlanEdits;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;

/**
 * A drag from a card's connection handle onto another card makes the first depend on the second:
 * hard, or soft when the connect type is soft or Alt is held at the drop. A rubber line follows the
 * mouse; a drop on empty space, on the card itself, or onto a card it already depends on creates
 * nothing (the refusal is reported through the canvas state). FX thread only.
 */
final class ConnectGesture implements Gesture {
    private static final double[] SOFT_DASHES = {9, 6};

    private final CanvasState state;
    private final Service from;
    private double mouseX;
    private double mouseY;
    private boolean soft;
    private Service target;

    ConnectGesture(CanvasState state, Service from, MouseEvent press) {
        this.state = state;
        this.from = from;
        track(press);
    }

    private void track(MouseEvent e) {
        Viewport v = state.viewport();
        mouseX = v.toWorldX(e.getX());
        mouseY = v.toWorldY(e.getY());
        soft = e.isAltDown() || state.connectTypeProperty().get() == DependencyType.SOFT;
        Service under = state.services().serviceAt(mouseX, mouseY);
        target = under == null || under.id().equals(from.id()) ? null : under;
    }

    @Override
    public void drag(MouseEvent e) {
        track(e);
        state.repaint();
    }

    @Override
    public void release(MouseEvent e) {
        track(e);
        if (target == null) {
            return;
        }
        String to = target.id();
        DependencyType type = soft ? DependencyType.SOFT : DependencyType.HARD;
        Plan plan = state.workbench().document().getPlan();
        state.apply(PlanEdits.describeConnect(plan, from.id(), to), p -> PlanEdits.connect(p, from.id(), to, type));
    }

    @Override
    public void cancel() {
        target = null;
    }

    @Override
    public void paintOverlay(GraphicsContext g, Palette palette, double scale) {
        g.setStroke(palette.selection());
        g.setLineWidth(Math.max(2.5, 2 / scale));
        g.setLineDashes(soft ? SOFT_DASHES : null);
        g.strokeLine(CardGeometry.handleX(from.position()), CardGeometry.handleY(from.position()), mouseX, mouseY);
        g.setLineDashes(null);
        if (target != null) {
            WorldRect r = CardGeometry.bounds(target.position()).expanded(Math.max(4, 3 / scale));
            g.setLineWidth(Math.max(3, 2 / scale));
            g.strokeRect(r.minX(), r.minY(), r.width(), r.height());
        }
    }
}
