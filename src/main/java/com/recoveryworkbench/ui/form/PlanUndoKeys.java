package com.recoveryworkbench.ui.form;

import com.recoveryworkbench.ui.edit.PlanDocument;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Sends Undo and Redo keys (Shortcut+Z; Shift+Shortcut+Z and Shortcut+Y) typed in a form's text editor
 * to the plan's history when the editor holds nothing pending. A text control keeps its own text undo
 * and would swallow the keys, so after Enter committed a value the plan undo would only work once focus
 * left the field. While the user is typing (the text differs from the plan value) the keys stay with
 * the field. FX thread only.
 */
public final class PlanUndoKeys {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private PlanUndoKeys() {
    }

    /** Filters key presses under {@code form}: the filter runs before the focused field sees the key. */
    public static void install(Node form, PlanDocument document) {
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!(e.getTarget() instanceof TextInputControl field) || !Editors.isSettled(field)) {
                return;
            }
            if (UNDO.match(e)) {
                document.undo();
                e.consume();
            } else if (REDO.match(e) || REDO_Y.match(e)) {
                document.redo();
                e.consume();
            }
        });
    }
}
