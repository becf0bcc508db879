package com.recoveryworkbench.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Arranges the views: the canvas in the middle, the inspector and tier policies in tabs on the right,
 * the compliance table, timeline and findings in tabs below the canvas. Split panes let people resize
 * them; {@link #panelsShownProperty()} hides both panel areas to give a projector the whole map.
 * FX thread only.
 */
final class WorkbenchLayout {
    private static final double SIDE_DIVIDER = 0.74;
    private static final double BOTTOM_DIVIDER = 0.66;

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
        centre.setDividerPositions(BOTTOM_DIVIDER);
        main.setId("mainSplit");
        main.getItems().addAll(centre, side);
        main.setDividerPositions(SIDE_DIVIDER);
        SplitPane.setResizableWithParent(side, false);
        SplitPane.setResizableWithParent(bottom, false);
        panelsShown.addListener((obs, was, shown) -> showPanels(shown));
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    private void showPanels(boolean shown) {
        if (shown) {
            centre.getItems().add(bottom);
            centre.setDividerPositions(BOTTOM_DIVIDER);
            main.getItems().add(side);
            main.setDividerPositions(SIDE_DIVIDER);
        } else {
            centre.getItems().remove(bottom);
            main.getItems().remove(side);
        }
    }

    BooleanProperty panelsShownProperty() {
        return panelsShown;
    }

    Node node() {
        return main;
    }
}
