package com.recoveryworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.io.PlanWriter;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.canvas.CardGeometry;
import com.recoveryworkbench.ui.canvas.DrawnText;
import com.recoveryworkbench.ui.canvas.LaneGrouping;
import com.recoveryworkbench.ui.canvas.PlanCanvasView;
import com.recoveryworkbench.ui.canvas.WorldRect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Named groups in the real window on the retail sample: Storefront (1030, 390), Checkout (1260, 390) and
 * Warehouse integration (1490, 390), the bottom row, are grouped as "Payments" from the Edit menu; the
 * lanes by group show a "Payments" lane that folds from its context menu into one card; two undos give
 * back the plan of the file, byte for byte.
 */
@ExtendWith(ApplicationExtension.class)
class NamedGroupsInWindowTest {
    private static final Path SAMPLE = Path.of("assets/samples/retail.rplan.json");
    private static final List<String> BOTTOM_ROW = List.of("storefront", "checkout", "warehouse-integration");
    private final WorkbenchFixture app = new WorkbenchFixture();
    private Path file;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        file = Files.createTempDirectory("groups").resolve("retail.rplan.json");
        Files.copy(SAMPLE, file, StandardCopyOption.REPLACE_EXISTING);
        stage.setWidth(1400);
        stage.setHeight(900);
        app.start(stage, file);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private PlanCanvasView canvas() {
        return app.shell.canvas();
    }

    private Plan plan() {
        return app.shell.workbench().document().getPlan();
    }

    private String undoLabel() {
        return app.shell.workbench().document().history().undoLabelProperty().get();
    }

    private void openAndSelect(FxRobot robot, List<String> ids) {
        FxWait.waitUntil("the sample is open", () -> plan().services().size() == 18
                && app.shell.workbench().liveAnalysis().getAnalysis() != null);
        robot.interact(() -> app.shell.workbench().selection().selectServices(ids));
    }

    /** Answers the group question with {@code name}, checking that a blank name cannot be given. */
    private void answer(FxRobot robot, String name) {
        FxWait.waitUntil("the group question is shown", () -> robot.lookup("#group-name").tryQuery().isPresent());
        Button group = robot.lookup((Node n) -> n instanceof Button b && "Group".equals(b.getText())).queryButton();
        assertTrue(group.isDisabled(), "a blank name cannot be given");
        ComboBox<?> combo = robot.lookup("#group-name").queryAs(ComboBox.class);
        FxWait.waitUntil("the name field has the focus", () -> combo.getEditor().isFocused());
        // Typed where the focus is, in the question's window: the person need not click into the field.
        robot.targetWindow(combo.getScene().getWindow()).write(name);
        assertEquals(name, combo.getEditor().getText());
        assertFalse(group.isDisabled());
        robot.clickOn(group);
        robot.targetWindow(stage);
    }

    @Test
    void aGroupMadeFromTheEditMenuShowsAsALaneFoldsAndTwoUndosGiveBackTheFile(FxRobot robot) throws Exception {
        openAndSelect(robot, BOTTOM_ROW);

        robot.clickOn("Edit").clickOn("#menu-group");
        answer(robot, "Payments");

        FxWait.waitUntil("the three are grouped", () -> BOTTOM_ROW.stream()
                .allMatch(id -> plan().service(id).orElseThrow().group().equals("Payments")));
        assertEquals("Undo Group 3 services as Payments", undoLabel());
        assertEquals(LaneGrouping.REGION, canvas().laneGroupingProperty().get(),
                "the region lanes the sample shows stay until the person picks others");

        // Across to the sub-menu's first item, then down: a diagonal path would cross the next View item and
        // close the sub-menu.
        robot.clickOn("View").clickOn("#menu-lanes").moveTo("#menu-lanes-none").clickOn("#menu-lanes-group");
        FxWait.waitUntil("the lanes are by group", () -> canvas().laneGroupingProperty().get() == LaneGrouping.GROUP);
        robot.interact(canvas()::fitToWindow);
        WorldRect cards = BOTTOM_ROW.stream().map(id -> CardGeometry.bounds(plan().service(id).orElseThrow()
                .position())).reduce(WorldRect::union).orElseThrow();
        // The band above the group's cards holds its lane's name; the row of cards above ends at y = 300.
        robot.rightClickOn(app.onScreen(cards.minX() + 40, cards.minY() - 20));
        FxWait.waitUntil("the lane offers to fold Payments", () -> robot.lookup("Fold Payments").tryQuery().isPresent());
        robot.clickOn("#canvas-fold");

        FxWait.waitUntil("Payments is folded", () -> plan().folded().groups().contains("Payments"));
        assertEquals("Undo Fold Payments", undoLabel());
        DrawnText folded = drawn(robot);
        assertTrue(folded.foldedGroups().contains("Payments"), "one card says what Payments holds");
        assertTrue(folded.namedServices().stream().noneMatch(BOTTOM_ROW::contains), "its services are folded away");

        robot.interact(canvas()::requestFocus);
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        FxWait.waitUntil("the fold is undone", () -> plan().folded().isEmpty());
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        FxWait.waitUntil("the group is undone", () -> plan().services().stream().allMatch(s -> s.group().isEmpty()));

        assertFalse(app.shell.workbench().document().isDirty());
        Path written = file.resolveSibling("written.rplan.json");
        new PlanWriter().save(plan(), written);
        assertArrayEquals(Files.readAllBytes(SAMPLE), Files.readAllBytes(written));
    }

    @Test
    void groupingWhileTheMapHasNoLanesShowsTheLanesByGroupAndUngroupTakesItBack(FxRobot robot) {
        openAndSelect(robot, List.of("dns-cdn"));
        String dns = plan().service("dns-cdn").map(Service::name).orElseThrow();
        robot.interact(() -> canvas().laneGroupingProperty().set(LaneGrouping.NONE));

        robot.interact(canvas()::requestFocus);
        robot.push(KeyCode.SHORTCUT, KeyCode.G);
        answer(robot, "Edge");

        FxWait.waitUntil("DNS is grouped", () -> plan().service("dns-cdn").orElseThrow().group().equals("Edge"));
        assertEquals("Undo Group " + dns + " as Edge", undoLabel());
        assertEquals(LaneGrouping.GROUP, canvas().laneGroupingProperty().get(), "the new group is shown as a lane");

        robot.clickOn("Edit").clickOn("#menu-ungroup");
        FxWait.waitUntil("DNS is in no group", () -> plan().service("dns-cdn").orElseThrow().group().isEmpty());
        assertEquals("Undo Ungroup " + dns, undoLabel());
    }

    @Test
    void groupAndUngroupNeedASelection(FxRobot robot) {
        openAndSelect(robot, List.of());
        assertTrue(editItem(robot, "menu-group").isDisable());
        assertTrue(editItem(robot, "menu-ungroup").isDisable());

        robot.interact(() -> app.shell.workbench().selection().selectServices(List.of("auth")));
        assertFalse(editItem(robot, "menu-group").isDisable());
        assertFalse(editItem(robot, "menu-ungroup").isDisable());
    }

    private static MenuItem editItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream()).filter(item -> id.equals(item.getId()))
                .findFirst().orElseThrow();
    }

    private DrawnText drawn(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(150);
        WaitForAsyncUtils.waitForFxEvents();
        DrawnText[] text = new DrawnText[1];
        robot.interact(() -> text[0] = canvas().drawnText());
        return text[0];
    }
}
