package com.recoveryworkbench.ui.menus;

import static com.recoveryworkbench.ui.menus.Commands.action;
import static com.recoveryworkbench.ui.menus.Commands.menuItem;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.controlsfx.control.action.Action;

/**
 * The Help menu: Getting Started, a table of every keyboard shortcut, and About (with the version).
 * FX thread only.
 */
final class HelpMenu {
    private final Action gettingStarted;
    private final Action about;
    private final Action shortcuts;

    /**
     * {@code commands}: the menu commands, listed in the shortcut table in this order when they have a
     * shortcut; {@code extra}: shortcuts that have no menu item of their own.
     */
    HelpMenu(Window owner, Supplier<List<Action>> commands, List<ExtraShortcut> extra) {
        gettingStarted = action("Getting Started", null,
                "Draw, connect, read a verdict, present: the first ten minutes in four steps.",
                () -> GettingStarted.show(owner));
        about = action("About Recovery Workbench", null, "Version and purpose of this program.",
                () -> showAbout(owner));
        shortcuts = action("Keyboard Shortcuts", null, "Every keyboard shortcut of the workbench.",
                () -> showShortcuts(owner, commands.get(), extra));
    }

    /** The version from the jar's manifest; "development build" when run from the classes folder. */
    static String version() {
        String version = HelpMenu.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    private static void showAbout(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "Draw how your services depend on each other and see,"
                + " while you draw, in what order everything must be restored after an outage and whether that"
                + " meets the recovery objectives of each tier.", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("About Recovery Workbench");
        alert.setHeaderText("Recovery Workbench " + version());
        alert.getDialogPane().setId("aboutDialog");
        alert.show();
    }

    private static void showShortcuts(Window owner, List<Action> commands, List<ExtraShortcut> extra) {
        GridPane table = new GridPane();
        table.setHgap(24);
        table.setVgap(6);
        table.setPadding(new Insets(8));
        int row = 0;
        for (Action command : commands) {
            if (command.getAccelerator() != null) {
                Label key = new Label(command.getAccelerator().getDisplayText());
                key.getStyleClass().add("shortcut-key");
                table.addRow(row++, key, new Label(plainName(command)));
            }
        }
        for (ExtraShortcut shortcut : extra) {
            if (shortcut.listed()) {
                Label key = new Label(shortcut.keys().getDisplayText());
                key.getStyleClass().add("shortcut-key");
                table.addRow(row++, key, new Label(shortcut.description()));
            }
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(table);
        alert.getDialogPane().setId("shortcutsDialog");
        alert.show();
    }

    /** "Undo Move 3 services" is listed as plain "Undo". */
    private static String plainName(Action command) {
        String text = command.getText();
        if (text.startsWith("Undo")) {
            return "Undo";
        }
        return text.startsWith("Redo") ? "Redo" : text;
    }

    Menu menu() {
        Menu menu = new Menu("_Help");
        menu.getItems().addAll(menuItem(gettingStarted, "menu-getting-started"), menuItem(shortcuts, "menu-shortcuts"),
                menuItem(about, "menu-about"));
        return menu;
    }
}
