package com.recoveryworkbench.ui.menus;

import static com.recoveryworkbench.ui.menus.Commands.action;
import static com.recoveryworkbench.ui.menus.Commands.menuItem;

import com.recoveryworkbench.model.DependencyType;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.canvas.PlanCanvasView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.controlsfx.control.action.Action;

/**
 * The Insert menu: a service of each kind (the palette, also the toolbar's "Add service" button) and
 * whether new connections are hard or soft dependencies. FX thread only.
 */
final class InsertMenu {
    private final PlanCanvasView canvas;
    private final List<Action> addService = new ArrayList<>();

    InsertMenu(PlanCanvasView canvas) {
        this.canvas = canvas;
        for (ServiceKind kind : ServiceKind.values()) {
            addService.add(action(label(kind), null, "Add " + article(kind) + " " + label(kind).toLowerCase(Locale.ROOT)
                    + " near the middle of the view, ready to be named.", () -> canvas.createService(kind)));
        }
    }

    static String label(ServiceKind kind) {
        String code = kind.code();
        String word = Character.toUpperCase(code.charAt(0)) + code.substring(1);
        return kind == ServiceKind.EXTERNAL ? "External service" : word;
    }

    private static String article(ServiceKind kind) {
        return "aeiou".indexOf(kind.code().charAt(0)) >= 0 ? "an" : "a";
    }

    Menu menu() {
        Menu menu = new Menu("_Insert");
        for (int i = 0; i < addService.size(); i++) {
            menu.getItems().add(menuItem(addService.get(i), "menu-insert-" + ServiceKind.values()[i].code()));
        }
        RadioMenuItem hard = new RadioMenuItem("New Connections Are Hard");
        hard.setId("menu-connect-hard");
        RadioMenuItem soft = new RadioMenuItem("New Connections Are Soft");
        soft.setId("menu-connect-soft");
        bindConnectType(hard, soft);
        menu.getItems().addAll(new SeparatorMenuItem(), hard, soft);
        return menu;
    }

    List<Node> toolbarItems() {
        MenuButton add = new MenuButton("Add service");
        add.setId("tool-add-service");
        add.setTooltip(new Tooltip("Add a service of a kind you pick (also in the Insert menu)."));
        for (int i = 0; i < addService.size(); i++) {
            add.getItems().add(menuItem(addService.get(i), "tool-insert-" + ServiceKind.values()[i].code()));
        }
        // A solid and a dashed arrow, drawn as the map draws the two kinds, say "connection" without a
        // "Connect:" label, which keeps the toolbar narrow; tooltips and accessible texts say it in words.
        ToggleButton hard = new ToggleButton("→ Hard");
        hard.setId("tool-connect-hard");
        hard.setAccessibleText("Connect with hard dependencies");
        hard.setTooltip(new Tooltip("Connections you draw are hard dependencies:\n"
                + "the service waits for what it depends on."));
        ToggleButton soft = new ToggleButton("⇢ Soft");
        soft.setId("tool-connect-soft");
        soft.setAccessibleText("Connect with soft dependencies");
        soft.setTooltip(new Tooltip("Connections you draw are soft dependencies:\n"
                + "the service runs degraded without it; never delays a restore."));
        bindConnectType(hard, soft);
        HBox connect = new HBox(4, hard, soft);
        connect.getStyleClass().add("toolbar-group");
        return List.of(add, connect);
    }

    private void bindConnectType(Toggle hard, Toggle soft) {
        ToggleGroup group = new ToggleGroup();
        hard.setToggleGroup(group);
        soft.setToggleGroup(group);
        Commands.bindToggles(group, Map.of(hard, DependencyType.HARD, soft, DependencyType.SOFT),
                canvas.connectTypeProperty());
    }

    List<Action> actions() {
        return List.copyOf(addService);
    }
}
