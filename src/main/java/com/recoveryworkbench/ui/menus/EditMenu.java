package com.recoveryworkbench.ui.menus;

import static com.recoveryworkbench.ui.menus.Commands.action;
import static com.recoveryworkbench.ui.menus.Commands.button;
import static com.recoveryworkbench.ui.menus.Commands.menuItem;

import com.recoveryworkbench.layout.Direction;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.canvas.PlanCanvasView;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.state.Selection;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.controlsfx.control.action.Action;

/** The Edit menu and the undo/redo buttons of the toolbar. FX thread only. */
final class EditMenu {
    private final Action undo;
    private final Action redo;
    private final Action cut;
    private final Action copy;
    private final Action paste;
    private final Action duplicate;
    private final Action delete;
    private final Action selectAll;
    private final Action rename;
    private final Action deselect;
    private final Action arrange;
    private final Action pin;
    private final Action unpin;
    private final Action find;
    private final ArrangeAction arranger;
    private final GroupCommands grouping;

    EditMenu(WorkbenchState workbench, ClipboardActions clipboard, ArrangeAction arranger, PlanCanvasView canvas,
             Action find) {
        this.find = find;
        this.arranger = arranger;
        PlanDocument document = workbench.document();
        Selection selection = workbench.selection();
        undo = action("Undo", "Shortcut+Z", "Take back the last change.", document::undo,
                document.history().canUndoProperty());
        undo.textProperty().bind(document.history().undoLabelProperty());
        redo = action("Redo", "Shortcut+Shift+Z", "Make the change taken back again (also Ctrl+Y).", document::redo,
                document.history().canRedoProperty());
        redo.textProperty().bind(document.history().redoLabelProperty());
        BooleanBinding hasServices = clipboard.hasSelectionBinding();
        cut = action("Cut", "Shortcut+X", "Remove the selected services, keeping a copy to paste.", clipboard::cut,
                hasServices);
        copy = action("Copy", "Shortcut+C", "Copy the selected services and the dependencies among them.",
                clipboard::copy, hasServices);
        paste = action("Paste", "Shortcut+V", "Add the copied services, offset from the originals.",
                clipboard::paste, clipboard.canPasteBinding());
        duplicate = action("Duplicate", "Shortcut+D", "Add a copy of the selected services.", clipboard::duplicate,
                hasServices);
        delete = action("Delete", "Delete", "Delete the selected services or dependency.", canvas::deleteSelected,
                hasServices.or(selection.dependencyProperty().isNotNull()));
        selectAll = action("Select All", "Shortcut+A", "Select every service.", () -> selection.selectServices(
                document.getPlan().services().stream().map(Service::id).toList()));
        BooleanBinding oneService = Bindings.createBooleanBinding(() -> selection.getServices().size() == 1,
                selection.servicesProperty());
        rename = action("Rename", "F2", "Rename the selected service in place.", canvas::renameSelected, oneService);
        deselect = action("Deselect", "Esc", "Select nothing.", selection::clear);
        arrange = action("Arrange Automatically", "Shortcut+L",
                "Lay out the selected services (or all) in restore order, wave 1 first (Arrange Direction).",
                arranger::arrange,
                arranger.arrangingProperty().not());
        pin = action("Pin", "Shortcut+Shift+P", "Keep the selected services where they are when arranging.",
                () -> Pinning.set(document, selection.getServices(), true), hasServices);
        unpin = action("Unpin", "Shortcut+Shift+U", "Let Arrange move the selected services again.",
                () -> Pinning.set(document, selection.getServices(), false), hasServices);
        grouping = new GroupCommands(workbench, canvas);
    }

    Menu menu() {
        Menu menu = new Menu("_Edit");
        menu.getItems().addAll(menuItem(undo, "menu-undo"), menuItem(redo, "menu-redo"), new SeparatorMenuItem(),
                menuItem(cut, "menu-cut"), menuItem(copy, "menu-copy"), menuItem(paste, "menu-paste"),
                menuItem(duplicate, "menu-duplicate"), menuItem(delete, "menu-delete"), new SeparatorMenuItem(),
                menuItem(selectAll, "menu-select-all"), menuItem(deselect, "menu-deselect"), menuItem(find, "menu-find"),
                menuItem(rename, "menu-rename"), new SeparatorMenuItem(), menuItem(arrange, "menu-arrange"),
                directionMenu(), menuItem(pin, "menu-pin"), menuItem(unpin, "menu-unpin"), new SeparatorMenuItem(),
                menuItem(grouping.group(), "menu-group"), menuItem(grouping.ungroup(), "menu-ungroup"));
        return menu;
    }

    /** Wave 1 on the left (wide maps, the default) or at the top (regions side by side, for 16:9 screens). */
    private Menu directionMenu() {
        Menu menu = new Menu("Arrange Direction");
        menu.setId("menu-arrange-direction");
        ToggleGroup group = new ToggleGroup();
        for (Direction d : Direction.values()) {
            RadioMenuItem item = new RadioMenuItem(d == Direction.LEFT_TO_RIGHT ? "Wave 1 on the Left"
                    : "Wave 1 at the Top");
            item.setId("menu-arrange-" + d.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            item.setToggleGroup(group);
            item.setSelected(arranger.directionProperty().get() == d);
            item.setOnAction(e -> arranger.directionProperty().set(d));
            arranger.directionProperty().addListener((o, was, now) -> item.setSelected(now == d));
            menu.getItems().add(item);
        }
        return menu;
    }

    List<Node> toolbarItems() {
        // Arrows alone keep the toolbar narrow; the tooltip and the accessible text say "Undo …" and "Redo …".
        List<Node> buttons = List.of(button(undo, "↶", "tool-undo"), button(redo, "↷", "tool-redo"));
        buttons.forEach(button -> button.getStyleClass().add("glyph-button"));
        return buttons;
    }

    List<Node> arrangeToolbarItems() {
        return List.of(button(arrange, "Arrange", "tool-arrange"));
    }

    List<Action> actions() {
        return List.of(undo, redo, cut, copy, paste, duplicate, delete, selectAll, deselect, find, rename, arrange, pin,
                unpin, grouping.group(), grouping.ungroup());
    }

    Action redo() {
        return redo;
    }
}
