package com.recoveryworkbench.ui.menus;

import com.recoveryworkbench.ui.files.SamplePlans;
import static com.recoveryworkbench.ui.menus.Commands.action;
import static com.recoveryworkbench.ui.menus.Commands.button;
import static com.recoveryworkbench.ui.menus.Commands.menuItem;

import com.recoveryworkbench.ui.exchange.PlanExchange;
import com.recoveryworkbench.ui.files.FileActions;
import com.recoveryworkbench.ui.files.PlanFiles;
import com.recoveryworkbench.ui.preferences.RecentFiles;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.controlsfx.control.action.Action;

/** The File menu (with Open Recent) and the file buttons of the toolbar. FX thread only. */
final class FileMenu {
    private final Action newPlan;
    private final Action open;
    private final Action save;
    private final Action saveAs;
    private final Action importFile;
    private final Action merge;
    private final Action importDrill;
    private final Action compare;
    private final Action export;
    private final Action close;
    private final Action quit;
    private final Menu recentMenu = new Menu("Open Recent");
    private final Menu sampleMenu = new Menu("Open Sample");
    private final FileActions files;
    private final RecentFiles recent;

    FileMenu(FileActions files, RecentFiles recent, PlanExchange exchange, Runnable importDrillResults) {
        this.files = files;
        this.recent = recent;
        newPlan = action("New", "Shortcut+N", "Start an empty plan.", files::newPlan);
        open = action("Open…", "Shortcut+O", "Open a plan file (.rplan.json).", files::open);
        save = action("Save", "Shortcut+S", "Save the plan to its file.", files::save);
        saveAs = action("Save As…", "Shortcut+Shift+S", "Save the plan to a new file.", files::saveAs);
        importFile = action("Import…", "Shortcut+I",
                "Start a plan from a CSV inventory, a GraphML or DOT drawing or a Backstage catalog.", files::importFile);
        merge = action("Merge from File…", "Shortcut+Shift+I",
                "Add and update services from a CSV inventory, a drawing or a Backstage catalog; one undoable step.",
                exchange::mergeFromFile);
        importDrill = action("Import Drill Results…", null,
                "Add a restore drill from a results sheet (CSV: id, measured, outcome, …); one undoable step.",
                importDrillResults);
        export = action("Export…", "Shortcut+E",
                "Save the map as a picture, the restore sequence as a runbook, the compliance table or the graph.",
                exchange::export);
        compare = action("Compare with…", null,
                "Show what changed from another version of this plan, and what it did to the recovery.",
                exchange::compareWithFile);
        close = action("Close", "Shortcut+W", "Close the plan and start an empty one.", files::close);
        quit = action("Quit", "Shortcut+Q", "Leave Recovery Workbench.", files::quit);
        recentMenu.setId("menu-open-recent");
        sampleMenu.setId("menu-open-sample");
        for (SamplePlans.Sample sample : SamplePlans.ALL) {
            MenuItem item = new MenuItem(sample.title());
            item.setMnemonicParsing(false);
            item.setId("menu-sample-" + sample.fileName().replace(PlanFiles.EXTENSION, ""));
            item.setOnAction(event -> SamplePlans.open(files, sample));
            sampleMenu.getItems().add(item);
        }
        recent.files().addListener((ListChangeListener<Path>) change -> fillRecent());
        fillRecent();
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path file : recent.files()) {
            MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.toAbsolutePath().getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> files.open(file));
            recentMenu.getItems().add(item);
        }
        if (!recent.files().isEmpty()) {
            recentMenu.getItems().add(new SeparatorMenuItem());
        }
        MenuItem clear = new MenuItem("Clear Recent");
        clear.setId("menu-clear-recent");
        clear.setOnAction(event -> recent.clear());
        clear.disableProperty().bind(Bindings.isEmpty(recent.files()));
        recentMenu.getItems().add(clear);
    }

    Menu menu() {
        Menu menu = new Menu("_File");
        menu.getItems().addAll(menuItem(newPlan, "menu-new"), menuItem(open, "menu-open"), recentMenu,
                sampleMenu,
                new SeparatorMenuItem(), menuItem(save, "menu-save"), menuItem(saveAs, "menu-save-as"),
                new SeparatorMenuItem(), menuItem(importFile, "menu-import"), menuItem(merge, "menu-merge"),
                menuItem(importDrill, "menu-import-drill"),
                menuItem(export, "menu-export"),
                menuItem(compare, "menu-compare"),
                new SeparatorMenuItem(), menuItem(close, "menu-close"), menuItem(quit, "menu-quit"));
        return menu;
    }

    List<Node> toolbarItems() {
        // New is in the File menu (and Ctrl+N) only: a plan is started far less often than the rest is used.
        return List.of(button(open, "Open", "tool-open"), button(save, "Save", "tool-save"));
    }

    List<Action> actions() {
        return List.of(newPlan, open, save, saveAs, importFile, merge, importDrill, export, compare, close, quit);
    }
}
