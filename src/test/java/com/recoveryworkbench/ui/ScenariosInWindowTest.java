package com.recoveryworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.canvas.Viewport;
import com.recoveryworkbench.ui.files.PlanFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Scenarios in the real window: the picker switches the map and the compliance table at once; a
 * right click on a region's lane makes a scenario that loses it and switches to it, and Undo takes it
 * back; the Scenarios tab adds one and refuses a service the plan lacks, in place.
 *
 * <p>The plan: Auth and Web in eu-west (cards at the top), DB and Report in us-east (below); Web
 * hard-depends on Auth, Auth on DB. The saved scenario {@code eu} loses eu-west: DB and Report keep
 * running (unaffected), Auth and Web are restored.
 */
@ExtendWith(ApplicationExtension.class)
class ScenariosInWindowTest {
    @TempDir
    static Path dir;

    private final WorkbenchFixture app = new WorkbenchFixture();

    private static Service service(String id, String name, int minutes, String region, double x, double y) {
        return Service.builder(id, ServiceKind.APPLICATION).name(name).tier("tier-1").stateful(false)
                .restoreTime(Duration.ofMinutes(minutes)).region(region).position(x, y).build();
    }

    static Plan shop() {
        return Plan.empty("Shop")
                .withServices(List.of(service("auth", "Auth", 4, "eu-west", 100, 100),
                        service("web", "Web", 25, "eu-west", 400, 100),
                        service("db", "DB", 40, "us-east", 100, 400),
                        service("report", "Report", 10, "us-east", 400, 400)))
                .withDependencies(List.of(Dependency.hard("web", "auth"), Dependency.hard("auth", "db")))
                .withScenario(Scenario.losing("eu", "eu-west lost", List.of("eu-west"), List.of()));
    }

    @Start
    void start(Stage stage) throws Exception {
        stage.setWidth(1280);
        stage.setHeight(860);
        app.start(stage, WorkbenchFixture.write(shop(), Files.createTempFile(dir, "shop", PlanFiles.EXTENSION)));
    }

    private void waitUntilOpen() {
        FxWait.waitUntil("the shop is analysed", () -> analysedScenario() != null
                && plan().name().equals("Shop"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private Plan plan() {
        return app.shell.workbench().document().getPlan();
    }

    private String analysedScenario() {
        var analysis = app.shell.workbench().liveAnalysis().getAnalysis();
        return analysis == null || analysis.result("db").isEmpty() ? null : analysis.scenario().id();
    }

    private static long unaffectedCells(FxRobot robot) {
        return robot.lookup("#complianceTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> cell.getStyleClass().contains("compliance-unaffected")).count();
    }

    /** The colour the map shows in the middle of DB's verdict band (the card's left edge). */
    private Color dbBand() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = (Canvas) app.shell.canvas().node().lookup("#canvas");
            Viewport v = app.shell.canvas().viewport();
            Position db = plan().service("db").orElseThrow().position();
            double x = v.toScreenX(db.x() + 3);
            double y = v.toScreenY(db.y() + 45);
            return canvas.snapshot(null, null).getPixelReader().getColor((int) x, (int) y);
        }).get();
    }

    @Test
    void thePickerSwitchesTheMapAndTheTableAtOnce(FxRobot robot) throws Exception {
        waitUntilOpen();
        robot.clickOn("#canvas");
        FxWait.waitUntil("the table shows everything lost", () -> unaffectedCells(robot) == 0
                && robot.lookup("#complianceTable .table-cell").queryAllAs(TableCell.class).stream()
                        .anyMatch(c -> c.getStyleClass().contains("compliance-meets")));
        Color everythingLost = dbBand();
        var analysedBefore = app.shell.workbench().liveAnalysis().getScenarios();
        assertTrue(everythingLost.getGreen() > everythingLost.getBlue(), "DB meets its target: green, " + everythingLost);

        robot.clickOn("#scenario-picker");
        robot.clickOn((Labeled cell) -> "eu-west lost".equals(cell.getText()) && cell.getStyleClass().contains("list-cell"));

        FxWait.waitUntil("the window shows eu-west lost", () -> "eu".equals(analysedScenario()));
        assertEquals("eu", app.shell.workbench().currentScenarioProperty().get());
        FxWait.waitUntil("DB and Report are unaffected in the table", () -> unaffectedCells(robot) == 2);
        WaitForAsyncUtils.waitForFxEvents();
        Color euLost = dbBand();
        assertNotEquals(everythingLost, euLost);
        assertTrue(euLost.getBlue() > euLost.getRed() && euLost.getBlue() > euLost.getGreen(),
                "DB is drawn quiet in the unaffected blue: " + euLost);
        assertSame(analysedBefore, app.shell.workbench().liveAnalysis().getScenarios(),
                "switching ran no analysis: it showed one already made");
    }

    @Test
    void whatIfARegionIsLostMakesAScenarioAndUndoTakesItBack(FxRobot robot) {
        waitUntilOpen();
        Position auth = plan().service("auth").orElseThrow().position();
        // In the band above eu-west's cards that holds the lane's label: the lane, not a card.
        robot.clickOn(app.onScreen(auth.x() + 150, auth.y() - 20), MouseButton.SECONDARY);
        robot.clickOn((Labeled item) -> "What if eu-west is lost?".equals(item.getText()));

        FxWait.waitUntil("the window shows the new scenario", () -> "eu-west-lost".equals(analysedScenario()));
        Scenario made = plan().scenario("eu-west-lost").orElseThrow();
        assertEquals(List.of("eu-west"), made.regions());
        assertEquals("eu-west lost", made.name());
        ComboBox<?> picker = robot.lookup("#scenario-picker").queryAs(ComboBox.class);
        assertEquals("eu-west-lost", ((Scenario) picker.getValue()).id(), "the picker shows the new scenario");

        robot.clickOn("#canvas").push(KeyCode.SHORTCUT, KeyCode.Z);

        FxWait.waitUntil("the scenario is gone and the window back on everything lost",
                () -> plan().scenario("eu-west-lost").isEmpty() && Scenario.TOTAL_ID.equals(analysedScenario()));
        assertEquals(Scenario.TOTAL_ID, app.shell.workbench().currentScenarioProperty().get());
    }

    @Test
    void whatIfAServiceIsLostFromItsCard(FxRobot robot) {
        waitUntilOpen();
        robot.clickOn(app.centreOf(plan().service("db").orElseThrow()), MouseButton.SECONDARY);
        robot.clickOn((Labeled item) -> "What if DB is lost?".equals(item.getText()));

        FxWait.waitUntil("the window shows DB lost", () -> "db-lost".equals(analysedScenario()));
        assertEquals(List.of("db"), plan().scenario("db-lost").orElseThrow().services());
    }

    @Test
    void theScenariosTabAddsAScenarioAndRefusesAServiceThePlanLacks(FxRobot robot) {
        waitUntilOpen();
        robot.clickOn((Labeled tab) -> "Scenarios".equals(tab.getText()) && tab.getStyleClass().contains("tab-label"));
        robot.clickOn("#scenarios-add");
        FxWait.waitUntil("a new scenario is shown", () -> "scenario".equals(analysedScenario()));
        robot.clickOn("#scenario-region-us-east");
        FxWait.waitUntil("it loses us-east", () -> plan().scenario("scenario").orElseThrow().regions()
                .equals(List.of("us-east")));

        Plan before = plan();
        robot.clickOn("#scenario-services").write("ghost").push(KeyCode.ENTER);

        Label error = robot.lookup("#scenarios-error").queryAs(Label.class);
        FxWait.waitUntil("the refusal shows", () -> error.isVisible() && error.getText() != null
                && error.getText().contains("ghost"));
        assertEquals(before, plan());
        assertFalse(plan().scenario("scenario").orElseThrow().services().contains("ghost"));
    }
}
