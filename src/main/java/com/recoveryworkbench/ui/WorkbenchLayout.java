package com.recoveryworkbench.ui;

import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Arranges the views: the canvas in the middle, the inspector, tier policies and scenarios in tabs on
 * the right, the compliance table, timeline, findings, fix first and scenario matrix in tabs below the canvas. Split panes let people resize
 * them; {@link #panelsShownProperty()} hides both panel areas to give a projector the whole map.
 * A tab may be given the way to make its content instead of the content: it is then made when the tab
 * is first selected, so panels a person rarely opens cost nothing when the window starts (each table
 * in the scene graph costs its skin and CSS in the first frame, shown or not). FX thread only.
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

    /** {@code inspector} and {@code compliance} are the tabs shown first; the others are made on first selection. */
    WorkbenchLayout(Node canvas, Node inspector, Supplier<? extends Node> tiers, Node compliance,
                    Supplier<? extends Node> timeline, Supplier<? extends Node> findings) {
        side.setId("sidePanels");
        side.getTabs().addAll(tab("Inspector", "tab-inspector", inspector), lazyTab("Tiers", "tab-tiers", tiers));
        bottom.setId("bottomPanels");
        bottom.getTabs().addAll(tab("Compliance", "tab-compliance", compliance),
                lazyTab("Timeline", "tab-timeline", timeline), lazyTab("Findings", "tab-findings", findings));
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

    /** Adds a tab to the panels at the side whose content {@code content} makes when it is first selected. */
    void addSideTab(String title, String id, Supplier<? extends Node> content) {
        side.getTabs().add(lazyTab(title, id, content));
    }

    /** Adds a tab to the panels below the map, after the others (e.g. the scenario matrix); returns it. */
    Tab addBottomTab(String title, String id, Node content) {
        Tab tab = tab(title, id, content);
        bottom.getTabs().add(tab);
        return tab;
    }

    /** Adds a tab to the panels below the map whose content {@code content} makes when it is first selected; returns it. */
    Tab addBottomTab(String title, String id, Supplier<? extends Node> content) {
        Tab tab = lazyTab(title, id, content);
        bottom.getTabs().add(tab);
        return tab;
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    /** A tab without content until it is selected (at once when it is the first tab of its pane). */
    private static Tab lazyTab(String title, String id, Supplier<? extends Node> content) {
        Tab tab = tab(title, id, null);
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> selected, Boolean was, Boolean now) {
                if (now) {
                    selected.removeListener(this);
                    tab.setContent(content.get());
                }
            }
        });
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
