package com.recoveryworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
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
 * View ▸ Zoom to Selection and Zoom to Findings on {@link PresentationModeTest#checkoutPlan()}: Web
 * stands far from the chain DB → Auth → Checkout, and only that chain is named in findings.
 */
@ExtendWith(ApplicationExtension.class)
class ZoomToTest {
    private final WorkbenchFixture app = new WorkbenchFixture();

    @Start
    void start(Stage stage) throws Exception {
        app.start(stage, WorkbenchFixture.write(PresentationModeTest.checkoutPlan(),
                Files.createTempFile("checkout", ".rplan.json")));
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private Point2D centreOf(String id) {
        return app.centreOf(app.shell.workbench().document().getPlan().service(id).orElseThrow());
    }

    private Bounds canvasOnScreen(FxRobot robot) {
        Node canvas = robot.lookup("#canvas").query();
        return canvas.localToScreen(canvas.getBoundsInLocal());
    }

    @Test
    void zoomToSelectionCentresTheSelectedService(FxRobot robot) {
        FxWait.waitUntil("the plan is open", () -> app.shell.workbench().document().getPlan().hasService("web"));
        robot.interact(() -> app.shell.workbench().selection().selectService("web"));
        robot.clickOn("View").clickOn("Zoom to Selection");
        WaitForAsyncUtils.waitForFxEvents();

        Bounds canvas = canvasOnScreen(robot);
        Point2D web = centreOf("web");
        assertEquals(canvas.getCenterX(), web.getX(), 2);
        assertEquals(canvas.getCenterY(), web.getY(), 2);
    }

    @Test
    void zoomToFindingsShowsTheServicesNamedInFindingsAndLeavesTheRestOut(FxRobot robot) {
        FxWait.waitUntil("the plan is analysed", () -> app.shell.workbench().liveAnalysis().getAnalysis() != null
                && !app.shell.workbench().liveAnalysis().getAnalysis().findings().isEmpty());
        double before = app.shell.canvas().zoomProperty().get();
        robot.clickOn("#canvas").push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();

        Bounds canvas = canvasOnScreen(robot);
        assertTrue(app.shell.canvas().zoomProperty().get() > before, "zoomed in on the findings");
        assertTrue(canvas.contains(centreOf("checkout")));
        assertTrue(canvas.contains(centreOf("db")));
        assertFalse(canvas.contains(centreOf("web")));
    }
}
