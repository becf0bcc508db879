package com.recoveryworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.DependencyType;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.canvas.CardGeometry;
import com.recoveryworkbench.ui.files.PlanFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A person draws a plan from nothing: two services, a dependency, restore times; watches the verdict
 * change; undoes and redoes with the keyboard; saves; and finds the same plan when reopening it.
 */
@ExtendWith(ApplicationExtension.class)
class DrawingAPlanTest {
    @TempDir
    static Path dir;

    private final WorkbenchFixture app = new WorkbenchFixture();
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        stage.setWidth(1280);
        stage.setHeight(800);
        file = WorkbenchFixture.write(Plan.empty("Workshop"), Files.createTempFile(dir, "workshop", PlanFiles.EXTENSION));
        app.start(stage, file);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private Plan plan() {
        return app.shell.workbench().document().getPlan();
    }

    private Service named(String name) {
        return plan().services().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no service named " + name + " in " + plan().services()));
    }

    private Point2D centreOf(Service service) {
        return app.centreOf(service);
    }

    private void addServiceAt(FxRobot robot, Point2D where, String name) {
        robot.doubleClickOn(where, MouseButton.PRIMARY);
        robot.clickOn("#canvas-rename").push(KeyCode.SHORTCUT, KeyCode.A).write(name).push(KeyCode.ENTER);
        FxWait.waitUntil(name + " is on the map", () -> plan().services().stream()
                .anyMatch(s -> s.name().equals(name)));
    }

    private void setRestoreTime(FxRobot robot, Service service, String time) {
        robot.clickOn(centreOf(service));
        robot.clickOn("#inspector-restore").push(KeyCode.SHORTCUT, KeyCode.A).write(time).push(KeyCode.ENTER);
        FxWait.waitUntil(service.name() + " restores in " + time,
                () -> plan().service(service.id()).orElseThrow().restoreTime() != null);
    }

    private String upOfSelected(FxRobot robot) {
        return robot.lookup("#inspector-up").queryAs(Label.class).getText();
    }

    private Verdict verdictOf(Service service) {
        return app.shell.workbench().liveAnalysis().getAnalysis().result(service.id()).orElseThrow().verdict();
    }

    @Test
    void drawConnectEditUndoRedoSaveAndReopen(FxRobot robot) {
        FxWait.waitUntil("the workshop plan is open", () -> plan().name().equals("Workshop"));
        Node canvas = robot.lookup("#canvas").query();
        Point2D topLeft = canvas.localToScreen(0, 0);
        addServiceAt(robot, topLeft.add(180, 140), "Checkout");
        addServiceAt(robot, topLeft.add(560, 140), "Database");
        Service checkout = named("Checkout");
        Service database = named("Database");

        Position from = checkout.position();
        robot.drag(app.onScreen(CardGeometry.handleX(from), CardGeometry.handleY(from)), MouseButton.PRIMARY)
                .moveTo(centreOf(database)).release(MouseButton.PRIMARY);
        FxWait.waitUntil("Checkout depends on Database",
                () -> plan().dependency(checkout.id(), database.id()).isPresent());
        assertEquals(DependencyType.HARD, plan().dependency(checkout.id(), database.id()).orElseThrow().type());

        setRestoreTime(robot, checkout, "5m");
        setRestoreTime(robot, database, "40m");
        robot.clickOn(centreOf(checkout));
        FxWait.waitUntil("Checkout is up at 45m", () -> upOfSelected(robot).contains("45m"));
        assertEquals(Verdict.MEETS, verdictOf(checkout));

        // Database now takes 4h: Checkout, waiting for it, misses its tier-2 RTO of 4h.
        setRestoreTime(robot, database, "4h");
        robot.clickOn(centreOf(checkout));
        FxWait.waitUntil("Checkout is up at 4h5m", () -> upOfSelected(robot).contains("4h5m"));
        FxWait.waitUntil("the table shows the miss", () -> missedCells(robot) == 1);
        assertEquals(Verdict.MISSED, verdictOf(checkout));

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        FxWait.waitUntil("undo brings Checkout back to 45m", () -> upOfSelected(robot).contains("45m"));
        FxWait.waitUntil("the table shows no miss", () -> missedCells(robot) == 0);
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        FxWait.waitUntil("redo makes Checkout miss again", () -> missedCells(robot) == 1);
        assertEquals(Duration.ofHours(4), plan().service(database.id()).orElseThrow().restoreTime());

        Plan drawn = plan();
        robot.push(KeyCode.SHORTCUT, KeyCode.S);
        FxWait.waitUntil("the plan is saved", () -> !app.shell.workbench().document().isDirty());
        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        FxWait.waitUntil("an empty plan is open", () -> plan().serviceCount() == 0);
        robot.clickOn("File").clickOn("Open Recent");
        String recentName = file.getFileName().toString();
        robot.clickOn((Labeled item) -> item.getText() != null && item.getText().startsWith(recentName));

        FxWait.waitUntil("the drawn plan is open again", () -> plan().equals(drawn));
        assertTrue(plan().dependency(checkout.id(), database.id()).map(Dependency::isHard).orElse(false));
        assertFalse(app.shell.workbench().document().isDirty());
    }

    private static long missedCells(FxRobot robot) {
        return robot.lookup("#complianceTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> cell.getStyleClass().contains("compliance-missed")).count();
    }
}
