package com.recoveryworkbench.ui.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Bounded undo and redo stacks of {@link PlanChange}s, with observable state the menus bind to.
 * FX thread only. Pushing a new change clears the redo stack; the oldest change falls off past
 * {@link #LIMIT}.
 */
public final class UndoHistory {
    /** Enough for a long workshop; each step shares unchanged services with its neighbours. */
    public static final int LIMIT = 200;

    private final Deque<PlanChange> undo = new ArrayDeque<>();
    private final Deque<PlanChange> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "Undo");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "Redo");

    void push(PlanChange change) {
        undo.push(change);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        refresh();
    }

    /** Moves the newest change to the redo stack and returns it; {@code null} when there is none. */
    PlanChange popUndo() {
        PlanChange change = undo.poll();
        if (change != null) {
            redo.push(change);
        }
        refresh();
        return change;
    }

    /** Moves the newest undone change back to the undo stack and returns it; {@code null} when there is none. */
    PlanChange popRedo() {
        PlanChange change = redo.poll();
        if (change != null) {
            undo.push(change);
        }
        refresh();
        return change;
    }

    void clear() {
        undo.clear();
        redo.clear();
        refresh();
    }

    private void refresh() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoLabel.set(undo.isEmpty() ? "Undo" : "Undo " + undo.peek().description());
        redoLabel.set(redo.isEmpty() ? "Redo" : "Redo " + redo.peek().description());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo Move 3 services", or "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }
}
