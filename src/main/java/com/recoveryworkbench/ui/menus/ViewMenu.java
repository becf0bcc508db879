package com.recoveryworkbench.ui.menus;

import static com.recoveryworkbench.ui.menus.Commands.action;
import static com.recoveryworkbench.ui.menus.Commands.button;
import static com.recoveryworkbench.ui.menus.Commands.menuItem;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.ui.canvas.LaneGrouping;
import com.recoveryworkbench.ui.canvas.PlanCanvasView;
import com.recoveryworkbench.ui.present.PresentationMode;
import com.recoveryworkbench.ui.proven.BasisChoice;
import com.recoveryworkbench.ui.proven.BasisMenuItem;
import com.recoveryworkbench.ui.state.HighlightMode;
import com.recoveryworkbench.ui.state.WorkbenchState;
import com.recoveryworkbench.ui.theme.Theme;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import org.controlsfx.control.action.Action;

/**
 * The View menu (presentation, proven times, zoom, grid, highlight, panels, theme) and the zoom, highlight and
 * presentation parts of the toolbar. FX thread only.
 */
final class ViewMenu {
    private static final String CRITICAL_PATH_TIP =
            "Highlight the chain of hard dependencies that sets the selected service's up time.";
    private static final String IMPACT_TIP = "Highlight every service that depends on the selected one (its blast radius).";

    private final WorkbenchState workbench;
    private final PlanCanvasView canvas;
    private final BooleanProperty panelsShown;
    private final ObjectProperty<Theme> theme;
    private final Action zoomIn;
    private final Action zoomOut;
    private final Action actualSize;
    private final Action fit;
    private final Action zoomToSelection;
    private final Action zoomToFindings;
    private final Action present;

    ViewMenu(WorkbenchState workbench, PlanCanvasView canvas, BooleanProperty panelsShown, ObjectProperty<Theme> theme,
             PresentationMode presentation) {
        this.workbench = workbench;
        this.canvas = canvas;
        this.panelsShown = panelsShown;
        this.theme = theme;
        zoomIn = action("Zoom In", "Shortcut+Plus", "Make the map bigger.", canvas::zoomIn);
        zoomOut = action("Zoom Out", "Shortcut+Minus", "Make the map smaller.", canvas::zoomOut);
        actualSize = action("Actual Size", "Shortcut+0", "Show the map at 100%.", canvas::zoomToActualSize);
        fit = action("Fit to Window", "Shortcut+9", "Show the whole plan (also F).", presentation::fitMap);
        zoomToSelection = action("Zoom to Selection", "Shortcut+2", "Show the selected services as big as they fit.",
                () -> canvas.zoomTo(workbench.selection().getServices()),
                Bindings.createBooleanBinding(() -> !workbench.selection().getServices().isEmpty(),
                        workbench.selection().servicesProperty()));
        zoomToFindings = action("Zoom to Findings", "Shortcut+3",
                "Show every service the findings name (misses, cycles, missing data).",
                () -> canvas.zoomTo(servicesInFindings()), Bindings.createBooleanBinding(
                        () -> !servicesInFindings().isEmpty(), workbench.liveAnalysis().analysisProperty(),
                        workbench.document().planProperty()));
        present = action("Presentation", "F5", "Full screen for a projector: big type, high contrast, legend and"
                + " the restore story wave by wave (arrows or Page Up/Down). Escape leaves.", presentation::toggle);
    }

    /** The services the current findings name that the plan has, sorted. */
    private Set<String> servicesInFindings() {
        Analysis analysis = workbench.liveAnalysis().getAnalysis();
        if (analysis == null) {
            return Set.of();
        }
        Plan plan = workbench.document().getPlan();
        return analysis.findings().stream().flatMap(f -> f.services().stream()).filter(plan::hasService)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    Menu menu() {
        Menu menu = new Menu("_View");
        CheckMenuItem snap = new CheckMenuItem("Snap to Grid");
        snap.setId("menu-snap-to-grid");
        snap.selectedProperty().bindBidirectional(canvas.snapToGridProperty());
        CheckMenuItem minimap = new CheckMenuItem("Always Show Minimap");
        minimap.setId("menu-minimap");
        minimap.setAccelerator(KeyCombination.keyCombination("Shortcut+M"));
        minimap.selectedProperty().bindBidirectional(canvas.minimapVisibleProperty());
        RadioMenuItem criticalPath = new RadioMenuItem("Highlight Critical Path");
        criticalPath.setId("menu-highlight-critical-path");
        RadioMenuItem impact = new RadioMenuItem("Highlight Impact");
        impact.setId("menu-highlight-impact");
        bindHighlight(criticalPath, impact);
        CheckMenuItem panels = new CheckMenuItem("Show Panels");
        panels.setId("menu-show-panels");
        panels.selectedProperty().bindBidirectional(panelsShown);
        menu.getItems().addAll(menuItem(present, "menu-presentation"), BasisMenuItem.of(new BasisChoice(workbench)),
                new SeparatorMenuItem(),
                menuItem(zoomIn, "menu-zoom-in"), menuItem(zoomOut, "menu-zoom-out"),
                menuItem(actualSize, "menu-actual-size"), menuItem(fit, "menu-fit"),
                menuItem(zoomToSelection, "menu-zoom-to-selection"), menuItem(zoomToFindings, "menu-zoom-to-findings"),
                new SeparatorMenuItem(),
                snap, lanesMenu(), foldAll(), unfoldAll(), minimap, new SeparatorMenuItem(), criticalPath, impact, new SeparatorMenuItem(), panels, themeMenu());
        return menu;
    }

    /** Lanes behind the cards: none, one per region, one per owner team, or one per named group. */
    private Menu lanesMenu() {
        Menu menu = new Menu("Lanes");
        menu.setId("menu-lanes");
        ToggleGroup group = new ToggleGroup();
        Map<Toggle, LaneGrouping> groupings = new HashMap<>();
        for (LaneGrouping each : LaneGrouping.values()) {
            String label = switch (each) {
                case NONE -> "None";
                case REGION -> "By Region";
                case OWNER -> "By Owner";
                case GROUP -> "By Group";
            };
            RadioMenuItem item = new RadioMenuItem(label);
            item.setId("menu-lanes-" + each.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(group);
            groupings.put(item, each);
            menu.getItems().add(item);
        }
        Commands.bindToggles(group, groupings, canvas.laneGroupingProperty());
        return menu;
    }

    /** Folds every group the lanes show (regions, owners or named groups) into one card each, as one undoable step. */
    private MenuItem foldAll() {
        MenuItem item = new MenuItem("Fold All Groups");
        item.setId("menu-fold-all");
        item.setOnAction(e -> canvas.folding().foldAll());
        item.disableProperty().bind(canvas.laneGroupingProperty().isEqualTo(LaneGrouping.NONE)
                .or(canvas.laneGroupingProperty().isNull()));
        return item;
    }

    private MenuItem unfoldAll() {
        MenuItem item = new MenuItem("Unfold All");
        item.setId("menu-unfold-all");
        item.setOnAction(e -> canvas.folding().unfoldAll());
        item.disableProperty().bind(canvas.laneGroupingProperty().isEqualTo(LaneGrouping.NONE)
                .or(canvas.laneGroupingProperty().isNull()));
        return item;
    }

    private Menu themeMenu() {
        Menu menu = new Menu("Theme");
        menu.setId("menu-theme");
        ToggleGroup group = new ToggleGroup();
        Map<Toggle, Theme> themes = new HashMap<>();
        for (Theme each : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(each.label());
            item.setId("menu-theme-" + each.key());
            item.setToggleGroup(group);
            themes.put(item, each);
            menu.getItems().add(item);
        }
        Commands.bindToggles(group, themes, theme);
        return menu;
    }

    /** Zoom out, zoom in, Fit and Present: what a facilitator reaches for, so they never go to the overflow menu. */
    List<Node> toolbarItems() {
        return List.of(button(zoomOut, "−", "tool-zoom-out"), button(zoomIn, "+", "tool-zoom-in"),
                button(fit, "Fit", "tool-fit"), button(present, "▶ Present", "tool-present"));
    }

    /**
     * The Critical path and Impact toggles, without a "Highlight:" label to keep the toolbar narrow: their
     * tooltips and accessible texts say "Highlight …", and the View menu has both.
     */
    List<Node> highlightToolbarItems() {
        ToggleButton criticalPath = new ToggleButton("Critical path");
        criticalPath.setId("tool-highlight-critical-path");
        criticalPath.setTooltip(new Tooltip(CRITICAL_PATH_TIP));
        criticalPath.setAccessibleText("Highlight critical path");
        ToggleButton impact = new ToggleButton("Impact");
        impact.setId("tool-highlight-impact");
        impact.setTooltip(new Tooltip(IMPACT_TIP));
        impact.setAccessibleText("Highlight impact");
        bindHighlight(criticalPath, impact);
        HBox highlight = new HBox(4, criticalPath, impact);
        highlight.getStyleClass().add("toolbar-group");
        return List.of(highlight);
    }

    private void bindHighlight(Toggle criticalPath, Toggle impact) {
        ToggleGroup group = new ToggleGroup();
        criticalPath.setToggleGroup(group);
        impact.setToggleGroup(group);
        Commands.bindToggles(group, Map.of(criticalPath, HighlightMode.CRITICAL_PATH, impact, HighlightMode.IMPACT),
                workbench.highlightModeProperty());
    }

    List<Action> actions() {
        return List.of(present, zoomIn, zoomOut, actualSize, fit, zoomToSelection, zoomToFindings);
    }

    Action fit() {
        return fit;
    }

    Action zoomIn() {
        return zoomIn;
    }

    Action zoomOut() {
        return zoomOut;
    }
}
