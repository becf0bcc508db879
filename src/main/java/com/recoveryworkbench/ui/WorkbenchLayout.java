package com.recoveryworkbench.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Arranges the views: the canvas in the middle, the inspector, tier policies and scenarios in tabs on
 * the right, the compliance table, timeline, findings, fix first and scenario matrix in tabs below the canvas. Split panes let people resize
 * them; {@link #panelsShownProperty()} hides both panel areas to give a projector the whole map.
 * FX thread only.
 */
final class WorkbenchLayout {
    private static final double SIDE_DIVIDER = 0.70;
    private static final double BOTTOM_DIVIDER = 0.64;
    private static final double PANEL_MIN = 120;

    private final SplitPane centre = new SplitPane();
    private final SplitPane main = new SplitPane();
    private final TabPane side = new TabPane();
    private final TabPane bottom = new TabPane();
    private final BooleanProperty panelsShown = new SimpleBooleanProperty(this, "panelsShown", true);

    WorkbenchLayout(Node canvas, Node inspector, Node tiers, Node compliance, Node timeline, Node findings) {
        side.setId("sidePanels");
        side.getTabs().addAll(tab("Inspector", "tab-inspector", inspector), tab("Tiers", "tab-tiers", tiers));
        bottom.setId("bottomPanels");
        bottom.getTabs().addAll(tab("Compliance", "tab-compliance", compliance),
                tab("Timeline", "tab-timeline", timeline), tab("Findings", "tab-findings", findings));
        centre.setOrientation(Orientation.VERTICAL);
        centre.getItems().addAll(canvas, bottom);
        main.setId("mainSplit");
        main.getItems().addAll(centre, side);
        placeDividers();
        // Their contents ask for more room than a small window has; the person drags the dividers.
        side.setMinWidth(PANEL_MIN);
        bottom.setMinHeight(PANEL_MIN);
        panelsShown.addListener((obs, was, shown) -> showPanels(shown));
    }

    /** Adds a tab to the panels at the side, after the others (e.g. Scenarios beside Tiers). */
    void addSideTab(String title, String id, Node content) {
        side.getTabs().add(tab(title, id, content));
    }

    /** Adds a tab to the panels below the map, after the others (e.g. the scenario matrix); returns it. */
    Tab addBottomTab(String title, String id, Node content) {
        Tab tab = tab(title, id, content);
        bottom.getTabs().add(tab);
        return tab;
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    /**
     * Gives the canvas most of the window. Called again once the window is shown: positions set before
     * the first layout are overridden by the panels' preferred sizes.
     */
    void placeDividers() {
        if (panelsShown.get()) {
            centre.setDividerPositions(BOTTOM_DIVIDER);
            main.setDividerPositions(SIDE_DIVIDER);
        }
    }

    private void showPanels(boolean shown) {
        if (shown) {
            centre.getItems().add(bottom);
            main.getItems().add(side);
            placeDividers();
        } else {
            centre.getItems().remove(bottom);
            main.getItems().remove(side);
        }
    }

    /**
     * Takes the panels away for presentation mode, leaving {@link #panelsShownProperty()} as it is;
     * returns what puts them back with the dividers where they were.
     */
    Runnable hidePanels() {
        if (!panelsShown.get()) {
            return () -> { };
        }
        double[] centreDividers = centre.getDividerPositions();
        double[] mainDividers = main.getDividerPositions();
        centre.getItems().remove(bottom);
        main.getItems().remove(side);
        return () -> {
            centre.getItems().add(bottom);
            main.getItems().add(side);
            centre.setDividerPositions(centreDividers);
            main.setDividerPositions(mainDividers);
        };
    }

    BooleanProperty panelsShownProperty() {
        return panelsShown;
    }

    Node node() {
        return main;
    }
}
