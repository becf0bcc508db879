package com.recoveryworkbench.ui.menus;

import java.util.Objects;
import javafx.scene.input.KeyCombination;

/**
 * A second key for a command (Ctrl+Y for Redo, F for Fit): installed as a scene accelerator, since a
 * menu item holds only one. {@code listed}: shown in the keyboard shortcut table (variants of the
 * same key, such as the numeric keypad's plus, are not).
 */
record ExtraShortcut(KeyCombination keys, String description, boolean listed, Runnable run) {
    ExtraShortcut {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(run, "run");
    }

    static ExtraShortcut of(String keys, String description, Runnable run) {
        return new ExtraShortcut(KeyCombination.keyCombination(keys), description, true, run);
    }

    static ExtraShortcut variant(String keys, String description, Runnable run) {
        return new ExtraShortcut(KeyCombination.keyCombination(keys), description, false, run);
    }
}
