package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.state.Selection;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;

/**
 * A press on empty space. Dragged, it draws a rectangle and selects every card it touches, and zoomed
 * out below the names the services of every group tile it touches (adding to the selection with Shift);
 * clicked, it selects the dependency under the mouse, or clears the selection. FX thread only.
 */
final class RubberBand implements Gesture {
    /** How near, in pixels, a click must be to an arrow to pick it. */
    static final double PICK_TOLERANCE_PX = 6;

    private final CanvasState state;
    private final boolean adding;
    private final Set<String> before;
    private final double pressX;
    private final double pressY;
    private double currentX;
    private double currentY;
    private boolean dragging;

    RubberBand(CanvasState state, MouseEvent press) {
        this.state = state;
        this.adding = press.isShiftDown() || press.isShortcutDown();
        this.before = state.workbench().selection().getServices();
        this.pressX = press.getX();
        this.pressY = press.getY();
        currentX = pressX;
        currentY = pressY;
    }

    @Override
    public void drag(MouseEvent e) {
        currentX = e.getX();
        currentY = e.getY();
        dragging |= Math.hypot(currentX - pressX, currentY - pressY) >= MoveGesture.DRAG_THRESHOLD;
        state.repaint();
    }

    @Override
    public void release(MouseEvent e) {
        drag(e);
        Selection selection = state.workbench().selection();
        if (dragging) {
            Set<String> chosen = adding ? new LinkedHashSet<>(before) : new LinkedHashSet<>();
            WorldRect band = band();
            for (Service s : state.services().query(band)) {
                chosen.add(s.id());
            }
            if (state.tiled()) {
                chosen.addAll(tileMembers(band));
            }
            selection.selectServices(chosen);
            return;
        }
        Viewport v = state.viewport();
        Dependency near = state.dependencies().dependencyNear(v.toWorldX(pressX), v.toWorldY(pressY),
                v.toWorldLength(PICK_TOLERANCE_PX));
        if (near != null) {
            selection.selectDependency(near);
        } else if (!adding) {
            selection.clear();
        }
    }

    /**
     * The services of every group tile the band touches, zoomed out below the names: a tile stands for
     * all of them, so touching it takes the whole group, as touching a card takes the card.
     */
    private Set<String> tileMembers(WorldRect band) {
        Set<String> members = new LinkedHashSet<>();
        double scale = state.viewport().scale();
        double minTextPx = SemanticZoom.minTextPx(state.presentation());
        for (FoldedCards.Card card : state.tiles().cards().all()) {
            if (card.tile() && FoldedCards.drawnBounds(card, scale, minTextPx).intersects(band)) {
                members.addAll(card.group().members());
            }
        }
        return members;
    }

    @Override
    public void cancel() {
        dragging = false;
    }

    private WorldRect band() {
        Viewport v = state.viewport();
        return WorldRect.spanning(v.toWorldX(pressX), v.toWorldY(pressY), v.toWorldX(currentX), v.toWorldY(currentY));
    }

    @Override
    public void paintOverlay(GraphicsContext g, Palette palette, double scale) {
        if (!dragging) {
            return;
        }
        WorldRect r = band();
        g.setFill(palette.rubberBand());
        g.fillRect(r.minX(), r.minY(), r.width(), r.height());
        g.setStroke(palette.selection());
        g.setLineWidth(1 / scale);
        g.setLineDashes(null);
        g.strokeRect(r.minX(), r.minY(), r.width(), r.height());
    }
}
