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
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Separator;
import javafx.scene.control.TextInputControl;
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
     * The tool row, left to right: the editing toolbar ({@code #toolBar}), then zoom, Fit and Present
     * ({@code #viewBar}), the scenario picker with the Planned | Proven switch ({@code #scenarioBar}) and the
     * search field ({@code #searchBar}). Only the editing toolbar gives way in a narrow window, its last
     * items first (highlight, Arrange), so what a facilitator in front of a room needs stays in view down
     * to a 1280 px projector; the picker and the search field narrow with the window instead.
     */
    public Node toolRow() {
        ToolBar tools = toolBar();
        ToolBar viewing = fixedBar("viewBar", view.toolbarItems());
        // No "Scenario" label, as in presentation: the picker's tooltip and accessible text name it.
        ToolBar scenario = fixedBar("scenarioBar", List.of(scenarioPicker.node(), basisSwitch.node()));
        ToolBar search = fixedBar("searchBar", find.toolbarItems());
        HBox.setHgrow(tools, Priority.ALWAYS);
        HBox row = new HBox(tools, viewing, scenario, search);
        // Each bar as high as the highest, so their bottom edges make one line instead of a step.
        row.getChildren().forEach(bar -> ((Region) bar).setMaxHeight(Double.MAX_VALUE));
        narrowWith(row, scenarioPicker.node(), 0.11, 175, 240);
        narrowWith(row, find.field(), 0.09, 110, 180);
        return row;
    }

    /** Makes {@code control} the given share of the row's width, within [{@code least}, {@code most}] px. */
    private static void narrowWith(Region row, Region control, double share, double least, double most) {
        control.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(least, Math.min(most, row.getWidth() * share)), row.widthProperty()));
    }

    /** A bar as wide as its items, never overflowing. */
    private static ToolBar fixedBar(String id, List<Node> items) {
        ToolBar bar = new ToolBar(items.toArray(Node[]::new));
        bar.setId(id);
        bar.setMinWidth(Region.USE_PREF_SIZE);
        return bar;
    }

    private ToolBar toolBar() {
        List<Node> items = new ArrayList<>(file.toolbarItems());
        items.add(new Separator());
        items.addAll(edit.toolbarItems());
        items.add(new Separator());
        items.addAll(insert.toolbarItems());
        items.addAll(edit.arrangeToolbarItems());
        items.add(new Separator());
        items.addAll(view.highlightToolbarItems());
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
