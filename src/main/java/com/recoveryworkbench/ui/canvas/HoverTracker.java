package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.model.Service;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;

/**
 * Follows which card the mouse rests over (moved, no button held), while enabled; asks for a repaint
 * when that changes. Presentation mode highlights around the hovered card. FX thread only.
 */
final class HoverTracker {
    private final CanvasState state;
    private boolean enabled;
    private String hovered;

    HoverTracker(CanvasState state, Node canvas) {
        this.state = state;
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> moved(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> set(null));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> set(null));
    }

    void setEnabled(boolean on) {
        enabled = on;
        if (!on) {
            set(null);
        }
    }

    /** The id of the card under the resting mouse; {@code null} when none or when disabled. */
    String hovered() {
        return hovered;
    }

    private void moved(double x, double y) {
        if (enabled) {
            Viewport v = state.viewport();
            double wx = v.toWorldX(x);
            double wy = v.toWorldY(y);
            // A group tile hides its services' blocks: hovering it highlights none of them.
            Service card = state.tileAt(wx, wy) != null ? null : state.services().serviceAt(wx, wy);
            set(card == null ? null : card.id());
        }
    }

    private void set(String id) {
        if (!Objects.equals(id, hovered)) {
            hovered = id;
            state.repaint();
        }
    }
}
