package com.recoveryworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WorkbenchLayoutTest {
    /** The names of the panels made so far, in the order they were made. */
    private final List<String> made = new ArrayList<>();
    private WorkbenchLayout layout;

    @Start
    void start(Stage stage) {
        layout = new WorkbenchLayout(new Label("map"), new Label("inspector"), panel("tiers"), new Label("compliance"),
                panel("timeline"), panel("findings"));
        layout.addSideTab("Scenarios", "tab-scenarios", panel("scenarios"));
        layout.addBottomTab("Matrix", "tab-matrix", new Label("matrix"));
        stage.setScene(new Scene((Parent) layout.node(), 900, 600));
        stage.show();
    }

    private Supplier<Node> panel(String name) {
        return () -> {
            made.add(name);
            Label label = new Label(name);
            label.setId("panel-" + name);
            return label;
        };
    }

    @Test
    void panelsBehindTabsNotShownFirstAreMadeOnlyWhenTheirTabIsSelected(FxRobot robot) {
        assertEquals(List.of(), made, "nothing is made while the first tabs show");
        assertNull(tab(robot, "#tab-findings").getContent());

        robot.clickOn("Findings");

        assertEquals(List.of("findings"), made);
        assertEquals("findings", ((Label) tab(robot, "#tab-findings").getContent()).getText());
        assertEquals(1, robot.lookup("#panel-findings").queryAll().size());
    }

    @Test
    void aPanelIsMadeOnceHoweverOftenItsTabIsSelected(FxRobot robot) {
        robot.clickOn("Scenarios");
        Node first = tab(robot, "#tab-scenarios").getContent();
        robot.clickOn("Inspector");
        robot.clickOn("Scenarios");

        assertEquals(List.of("scenarios"), made);
        assertSame(first, tab(robot, "#tab-scenarios").getContent());
    }

    @Test
    void tabsKeepTheirOrderWhetherMadeAtOnceOrLater(FxRobot robot) {
        assertEquals(List.of("tab-inspector", "tab-tiers", "tab-scenarios"), ids(robot, "#sidePanels"));
        assertEquals(List.of("tab-compliance", "tab-timeline", "tab-findings", "tab-matrix"), ids(robot, "#bottomPanels"));
    }

    private static Tab tab(FxRobot robot, String id) {
        for (String pane : List.of("#sidePanels", "#bottomPanels")) {
            for (Tab tab : robot.lookup(pane).queryAs(TabPane.class).getTabs()) {
                if (id.equals("#" + tab.getId())) {
                    return tab;
                }
            }
        }
        throw new AssertionError("no tab " + id);
    }

    private static List<String> ids(FxRobot robot, String pane) {
        return robot.lookup(pane).queryAs(TabPane.class).getTabs().stream().map(Tab::getId).toList();
    }
}
