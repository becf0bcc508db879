package com.recoveryworkbench.ui.proven;

import com.recoveryworkbench.analysis.drill.Basis;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.input.KeyCombination;

/**
 * View ▸ Proven Times ({@code #menu-proven}, {@value #SHORTCUT}): checked while every view shows the
 * drills' measured times, greyed out while the plan has no drill. FX thread only.
 */
public final class BasisMenuItem {
    public static final String SHORTCUT = "Shortcut+B";

    private BasisMenuItem() {
    }

    public static CheckMenuItem of(BasisChoice choice) {
        CheckMenuItem item = new CheckMenuItem("Proven Times");
        item.setId("menu-proven");
        item.setAccelerator(KeyCombination.keyCombination(SHORTCUT));
        item.disableProperty().bind(choice.availableProperty().not());
        Runnable show = () -> item.setSelected(choice.basisProperty().get() == Basis.PROVEN);
        show.run();
        choice.basisProperty().addListener(obs -> show.run());
        // A check item flips its own mark when fired; the basis decides it, so it is set again from there.
        item.setOnAction(event -> {
            choice.toggle();
            show.run();
        });
        return item;
    }
}
