package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.edit.PlanEdits;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * A text field laid over a card's name to rename the service where it is drawn. Enter (or leaving
 * the field) commits "Rename X to Y" as one step; Escape cancels; an empty name is refused and the
 * field stays open. Opened on a service just added ({@link #openNew}), the name typed also gives it
 * its id ("Orders DB" → {@code orders-db}). Follows the card when the view pans or zooms. FX thread only.
 */
final class InPlaceRename {
    private final CanvasState state;
    private final Node canvas;
    private final TextField field = new TextField();
    private String editing;
    /** True while the service being named was just added and still has its provisional id. */
    private boolean naming;

    InPlaceRename(CanvasState state, Node canvas) {
        this.state = state;
        this.canvas = canvas;
        field.setId("canvas-rename");
        field.setManaged(false);
        field.setVisible(false);
        field.setOnAction(e -> commit());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancel();
                e.consume();
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && editing != null) {
                if (!commit()) {
                    cancel();
                }
            }
        });
    }

    /** The field, to be added over the canvas. */
    Node node() {
        return field;
    }

    boolean isOpen() {
        return editing != null;
    }

    /** Opens the field on the card of {@code serviceId}, with its name selected. */
    void open(String serviceId) {
        open(serviceId, false);
    }

    /** Opens the field on a service just added: the first name typed also makes its id. */
    void openNew(String serviceId) {
        open(serviceId, true);
    }

    private void open(String serviceId, boolean isNew) {
        Service s = state.services().service(serviceId);
        if (s == null) {
            return;
        }
        editing = serviceId;
        naming = isNew;
        field.setText(s.name());
        field.setVisible(true);
        reposition();
        field.requestFocus();
        field.selectAll();
    }

    /** Commits the typed name; returns false (and stays open) when it is refused. */
    boolean commit() {
        if (editing == null) {
            return true;
        }
        String id = editing;
        String name = field.getText();
        Plan plan = state.workbench().document().getPlan();
        if (!plan.hasService(id)) {
            close();
            return true;
        }
        try {
            PlanEdits.rename(plan, id, name);
        } catch (IllegalArgumentException refused) {
            state.refused(refused);
            return false;
        }
        boolean isNew = naming;
        close();
        if (isNew) {
            String newId = PlanEdits.nameNewService(plan, id, name).id();
            if (state.apply(PlanEdits.describeRename(plan, id, name), p -> PlanEdits.nameNewService(p, id, name).plan())) {
                state.workbench().selection().selectService(newId);
            }
        } else {
            state.apply(PlanEdits.describeRename(plan, id, name), p -> PlanEdits.rename(p, id, name));
        }
        return true;
    }

    void cancel() {
        if (editing != null) {
            close();
        }
    }

    private void close() {
        editing = null;
        naming = false;
        field.setVisible(false);
        canvas.requestFocus();
        state.repaint();
    }

    /** Lays the field over the card's name row again, or closes it when the service is gone. */
    void reposition() {
        if (editing == null) {
            return;
        }
        Service s = state.services().service(editing);
        if (s == null) {
            cancel();
            return;
        }
        Viewport v = state.viewport();
        WorldRect name = CardGeometry.nameArea(s.position());
        double fontSize = Math.max(12, Math.min(30, 15 * v.scale()));
        double height = Math.max(name.height() * v.scale(), fontSize + 12);
        double width = Math.max(name.width() * v.scale(), 10 * fontSize);
        field.setFont(Font.font("System", FontWeight.BOLD, fontSize));
        field.resizeRelocate(v.toScreenX(name.minX()) - 4, v.toScreenY(name.centreY()) - height / 2, width, height);
    }
}
