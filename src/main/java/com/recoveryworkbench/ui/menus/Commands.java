package com.recoveryworkbench.ui.menus;

import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;

/**
 * Builds the commands of the menus and the toolbar: one ControlsFX {@link Action} per command holds
 * its text, shortcut, description (the tooltip) and whether it is available, so a menu item and a
 * toolbar button for it always agree. FX thread only.
 */
final class Commands {
    private Commands() {
    }

    /** {@code shortcut} may be {@code null}; {@code description} becomes the toolbar tooltip. */
    static Action action(String text, String shortcut, String description, Runnable handler) {
        Action action = new Action(text, event -> handler.run());
        action.setLongText(description);
        if (shortcut != null) {
            action.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        return action;
    }

    /** Same, available only while {@code enabled} is true. */
    static Action action(String text, String shortcut, String description, Runnable handler,
                         ObservableBooleanValue enabled) {
        Action action = action(text, shortcut, description, handler);
        action.disabledProperty().bind(Bindings.not(enabled));
        return action;
    }

    static MenuItem menuItem(Action action, String id) {
        MenuItem item = ActionUtils.createMenuItem(action);
        item.setId(id);
        return item;
    }

    /**
     * A toolbar button with a short label (a glyph will do); its tooltip names the command, its shortcut and
     * what it does, and a screen reader reads the command's name.
     */
    static Button button(Action action, String label, String id) {
        Button button = new Button(label);
        button.setId(id);
        button.accessibleTextProperty().bind(action.textProperty());
        button.setOnAction(action);
        button.disableProperty().bind(action.disabledProperty());
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(Bindings.createStringBinding(() -> tooltipText(action),
                action.textProperty(), action.longTextProperty(), action.acceleratorProperty()));
        button.setTooltip(tooltip);
        button.setFocusTraversable(false);
        return button;
    }

    static String tooltipText(Action action) {
        KeyCombination accelerator = action.getAccelerator();
        String title = accelerator == null ? action.getText() : action.getText() + " (" + accelerator.getDisplayText() + ")";
        return action.getLongText() == null ? title : title + "\n" + action.getLongText();
    }

    /** Keeps the selected toggle of {@code group} and {@code value} in step, both ways. */
    static <T> void bindToggles(ToggleGroup group, Map<Toggle, T> values, ObjectProperty<T> value) {
        Objects.requireNonNull(value, "value");
        Runnable fromValue = () -> values.forEach((toggle, v) -> {
            if (v.equals(value.get())) {
                group.selectToggle(toggle);
            }
        });
        fromValue.run();
        value.addListener(obs -> fromValue.run());
        group.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                // A toggle button was clicked off: a choice must stay selected.
                group.selectToggle(old);
            } else {
                value.set(values.get(selected));
            }
        });
    }
}
