package com.recoveryworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
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
 * Presenting the shipped two-region sample on a 1280 x 800 screen (the headless screen's width): at every
 * step of the story the column beside the map, its scenario picker and every line in it stand inside
 * the window and inside the column's viewport, so no text wraps for a wider column than the one on screen.
 * Lines scrolled below the column's bottom edge are not cut, so only the horizontal extent is checked.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationColumnFitTest {
    /** Rounding of fractional layout positions, in pixels. */
    private static final double SLACK = 1;

    private final WorkbenchFixture app = new WorkbenchFixture();
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path plan = Files.createTempDirectory("column-fit").resolve("two-region-commerce.rplan.json");
        Files.copy(Path.of("assets/samples/two-region-commerce.rplan.json"), plan, StandardCopyOption.REPLACE_EXISTING);
        stage.setWidth(1280);
        stage.setHeight(800);
        app.start(stage, plan);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    @Test
    void at1280By800EveryLineOfTheColumnStandsInsideTheWindowAtEveryStep(FxRobot robot) {
        FxWait.waitUntil("the sample is open and analysed", () -> {
            var analysis = app.shell.workbench().liveAnalysis().getAnalysis();
            return analysis != null && analysis.result("eu-checkout").isPresent();
        });
        robot.interact(() -> app.shell.canvas().requestFocus());
        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        double windowWidth = stage.getScene().getWidth();
        assertEquals(1280, windowWidth, SLACK, "the presentation fills the 1280 px screen");

        ScrollPane column = robot.lookup("#presentationColumn").queryAs(ScrollPane.class);
        int steps = app.shell.presentation().story().storyProperty().get().steps().size();
        for (int step = 0; step < steps; step++) {
            WaitForAsyncUtils.waitForFxEvents();
            Bounds onScreen = column.localToScene(column.getLayoutBounds());
            assertTrue(onScreen.getMinX() >= 0 && onScreen.getMaxX() <= windowWidth + SLACK,
                    "step " + step + ": the column spans " + onScreen.getMinX() + " to " + onScreen.getMaxX());
            Bounds viewport = column.localToScene(column.lookup(".viewport").getLayoutBounds());
            double right = Math.min(windowWidth, viewport.getMaxX());
            List<Node> lines = new ArrayList<>(labels(column.getContent()));
            lines.add(robot.lookup("#presentation-scenario-picker").queryAs(ComboBox.class));
            assertTrue(lines.size() > 12, "the column shows its status, legend and story");
            for (Node line : lines) {
                Bounds bounds = line.localToScene(line.getLayoutBounds());
                String what = line instanceof Labeled label ? "\"" + label.getText() + "\"" : line.getId();
                assertTrue(bounds.getMinX() >= viewport.getMinX() - SLACK && bounds.getMaxX() <= right + SLACK,
                        "step " + step + ": " + what + " spans " + bounds.getMinX() + " to " + bounds.getMaxX()
                                + ", the column shows " + viewport.getMinX() + " to " + right);
            }
            robot.push(KeyCode.PAGE_DOWN);
        }
    }

    /** Every text shown under the node: labels, buttons, and the picker's button cell. */
    private static List<Labeled> labels(Node node) {
        List<Labeled> found = new ArrayList<>();
        if (!node.isVisible()) {
            return found;
        }
        if (node instanceof Labeled label) {
            found.add(label);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> found.addAll(labels(child)));
        }
        return found;
    }
}
