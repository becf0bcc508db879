package com.recoveryworkbench.ui.menus;

import com.recoveryworkbench.ui.canvas.PlanCanvasView;
import com.recoveryworkbench.ui.exchange.PlanExchange;
import com.recoveryworkbench.ui.files.FileActions;
import com.recoveryworkbench.ui.preferences.RecentFiles;
import com.recoveryworkbench.ui.present.PresentationMode;
import com.recoveryworkbench.ui.proven.BasisChoice;
import com.recoveryworkbench.ui.proven.BasisSwitch;
import com.recoveryworkbench.ui.scenarios.ScenarioPicker;
import com.recoveryworkbench.ui.state.WorkbenchState;
import com.recoveryworkbench.ui.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Separator;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.controlsfx.control.action.Action;

/**
 * The menu bar, the toolbar and the extra shortcuts of the window. Every command is in the menu bar;
 * the frequent ones are also on the toolbar. FX thread only.
 */
public final class WorkbenchMenus {
    private final FileMenu file;
    private final EditMenu edit;
    private final InsertMenu insert;
    private final ViewMenu view;
    private final HelpMenu help;
    private final FindBar find;
    private final ScenarioPicker scenarioPicker;
    private final BasisSwitch basisSwitch;
    private final List<ExtraShortcut> extraShortcuts;

    public WorkbenchMenus(WorkbenchState workbench, FileActions files, PlanExchange exchange, RecentFiles recent,
                   ClipboardActions clipboard,
                   ArrangeAction arranger, PlanCanvasView canvas, BooleanProperty panelsShown,
                   ObjectProperty<Theme> theme, PresentationMode presentation, Window owner,
                   Runnable importDrillResults) {
        file = new FileMenu(files, recent, exchange, importDrillResults);
        find = new FindBar(workbench, canvas);
        scenarioPicker = new ScenarioPicker(workbench, "scenario-picker");
        basisSwitch = new BasisSwitch(new BasisChoice(workbench), "basis-switch");
        edit = new EditMenu(workbench, clipboard, arranger, canvas, find.find());
        insert = new InsertMenu(canvas);
        view = new ViewMenu(workbench, canvas, panelsShown, theme, presentation);
        extraShortcuts = List.of(
                ExtraShortcut.of("Shortcut+Y", "Redo", () -> fire(edit.redo())),
                ExtraShortcut.variant("Shortcut+Equals", "Zoom In", () -> fire(view.zoomIn())),
                ExtraShortcut.variant("Shortcut+Shift+Equals", "Zoom In", () -> fire(view.zoomIn())),
                ExtraShortcut.variant("Shortcut+Add", "Zoom In", () -> fire(view.zoomIn())),
                ExtraShortcut.variant("Shortcut+Subtract", "Zoom Out", () -> fire(view.zoomOut())),
                ExtraShortcut.of("F", "Fit to Window (when not typing in a field)", () -> fire(view.fit())));
        help = new HelpMenu(owner, this::actions, extraShortcuts);
    }

    private static void fire(Action action) {
        if (!action.isDisabled()) {
            action.handle(new ActionEvent());
        }
    }

    private List<Action> actions() {
        List<Action> all = new ArrayList<>(file.actions());
        all.addAll(edit.actions());
        all.addAll(insert.actions());
        all.addAll(view.actions());
        return all;
    }

    public MenuBar menuBar() {
        MenuBar bar = new MenuBar(file.menu(), edit.menu(), insert.menu(), view.menu(), help.menu());
        bar.setId("menuBar");
        return bar;
    }

    /**
     * The toolbar, then the scenario picker with the Planned | Proven switch and the search field on its
     * right, each in a bar of its own
     * so that a narrow window moves commands into the overflow menu rather than them.
     */
    public Node toolRow() {
        ToolBar tools = toolBar();
        ToolBar scenario = new ToolBar(new Label("Scenario"), scenarioPicker.node(), basisSwitch.node());
        scenario.setId("scenarioBar");
        scenario.setMinWidth(Region.USE_PREF_SIZE);
        ToolBar search = new ToolBar(find.toolbarItems().toArray(Node[]::new));
        search.setId("searchBar");
        search.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(tools, Priority.ALWAYS);
        return new HBox(tools, scenario, search);
    }

    private ToolBar toolBar() {
        List<Node> items = new ArrayList<>(file.toolbarItems());
        items.add(new Separator());
        items.addAll(edit.toolbarItems());
        items.add(new Separator());
        items.addAll(insert.toolbarItems());
        items.add(new Separator());
        items.addAll(view.toolbarItems());
        items.addAll(edit.arrangeToolbarItems());
        ToolBar bar = new ToolBar(items.toArray(Node[]::new));
        bar.setId("toolBar");
        return bar;
    }

    /** Adds the extra shortcuts to the scene; a plain letter key never fires while a text field has focus. */
    public void installShortcuts(Scene scene) {
        for (ExtraShortcut shortcut : extraShortcuts) {
            scene.getAccelerators().put(shortcut.keys(), () -> {
                boolean plainKey = shortcut.keys().getDisplayText().length() == 1;
                if (!(plainKey && scene.getFocusOwner() instanceof TextInputControl)) {
                    shortcut.run().run();
                }
            });
        }
    }
}
