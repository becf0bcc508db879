package com.recoveryworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import com.recoveryworkbench.ui.canvas.CardGeometry;
import com.recoveryworkbench.ui.canvas.WorldRect;
import com.recoveryworkbench.ui.preferences.WorkbenchPreferences;
import com.recoveryworkbench.ui.theme.Theme;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
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
 * F5 presentation mode in the real window, on a plan worked out by hand: DB 40m and Web 5m in wave 1
 * (up from 5m to 40m), Auth 4m needing DB in wave 2 (44m), Checkout 8m needing Auth in wave 3 (52m, past its
 * tier-0 target of 15m).
 */
@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {
    private final WorkbenchFixture app = new WorkbenchFixture();
    private Stage stage;

    static Plan checkoutPlan() {
        return new Plan("Checkout", "", Settings.DEFAULT, TierPolicy.defaults(), List.of(
                service("db", "DB", 40, 0, 0, "tier-2"), service("web", "Web", 5, 2400, 1600, "tier-2"),
                service("auth", "Auth", 4, 300, 0, "tier-2"), service("checkout", "Checkout", 8, 600, 0, "tier-0")),
                List.of(Dependency.hard("auth", "db"), Dependency.hard("checkout", "auth")));
    }

    private static Service service(String id, String name, long minutes, double x, double y, String tier) {
        return Service.builder(id, ServiceKind.APPLICATION).name(name).tier(tier)
                .restoreTime(Duration.ofMinutes(minutes)).position(x, y).build();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        new WorkbenchPreferences(app.node).setTheme(Theme.LIGHT);
        app.start(stage, WorkbenchFixture.write(checkoutPlan(), Files.createTempFile("checkout", ".rplan.json")));
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private void waitForAnalysis() {
        FxWait.waitUntil("the plan is open and analysed", () -> {
            var analysis = app.shell.workbench().liveAnalysis().getAnalysis();
            return analysis != null && analysis.result("checkout").isPresent();
        });
    }

    private String heading(FxRobot robot) {
        return robot.lookup("#storyHeading").queryAs(Label.class).getText();
    }

    private Bounds cardOnScreen(Service service) {
        WorldRect card = CardGeometry.bounds(service.position());
        Point2D min = app.onScreen(card.minX(), card.minY());
        Point2D max = app.onScreen(card.maxX(), card.maxY());
        return new BoundingBox(min.getX(), min.getY(), max.getX() - min.getX(), max.getY() - min.getY());
    }

    /** Visible with all its parents, in a scene. */
    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private Set<String> greyed() {
        return app.shell.canvas().greyedProperty().get();
    }

    @Test
    void f5HidesTheChromeInFullScreenHighContrastAndEscapeRestoresEverything(FxRobot robot) {
        waitForAnalysis();
        SplitPane mainSplit = robot.lookup("#mainSplit").queryAs(SplitPane.class);
        double[] dividers = mainSplit.getDividerPositions();
        Node menuBar = robot.lookup("#menuBar").query();
        // Made on the first Present, so the window's first frame does not style it.
        assertTrue(robot.lookup("#presentationColumn").tryQuery().isEmpty());
        robot.clickOn("#canvas");

        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(app.shell.presentation().presentingProperty().get());
        assertFalse(showing(menuBar));
        assertFalse(showing(robot.lookup("#statusBar").query()));
        assertNull(robot.lookup("#sidePanels").tryQuery().map(Node::getScene).orElse(null));
        assertTrue(stage.isFullScreen());
        assertTrue(stage.getScene().getStylesheets().get(1).endsWith("theme-high-contrast.css"));
        assertTrue(app.shell.canvas().presentationProperty().get());
        assertTrue(showing(robot.lookup("#presentationLegend").query()));
        assertEquals("4 services · 1 miss · makespan 52m",
                robot.lookup("#presentationStatus").queryAs(Label.class).getText());
        assertEquals(Theme.LIGHT, new WorkbenchPreferences(app.node).theme(), "the presentation theme is not remembered");
        Node canvas = robot.lookup("#canvas").query();
        Bounds map = canvas.localToScreen(canvas.getBoundsInLocal());
        for (String overlay : List.of("#presentationStatus", "#presentationLegend", "#storyBar")) {
            Node node = robot.lookup(overlay).query();
            Bounds covered = node.localToScreen(node.getBoundsInLocal());
            for (Service service : app.shell.workbench().document().getPlan().services()) {
                assertTrue(map.contains(cardOnScreen(service)), service.name() + " is on screen");
                assertFalse(covered.intersects(cardOnScreen(service)), overlay + " hides " + service.name());
            }
        }

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(app.shell.presentation().presentingProperty().get());
        assertTrue(showing(menuBar));
        assertTrue(showing(robot.lookup("#statusBar").query()));
        assertTrue(robot.lookup("#sidePanels").query().getScene() != null);
        assertArrayEquals(dividers, mainSplit.getDividerPositions(), 0.01);
        assertFalse(stage.isFullScreen());
        assertEquals(Theme.LIGHT.stylesheets(), stage.getScene().getStylesheets());
        assertFalse(app.shell.canvas().presentationProperty().get());
        assertNull(greyed());
        assertFalse(showing(robot.lookup("#presentationLegend").query()));
    }

    @Test
    void pageDownAndPageUpStepThroughTheWavesGreyingWhatIsNotRestoredYet(FxRobot robot) {
        waitForAnalysis();
        robot.clickOn("#canvas").push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Outage declared · restores start at once", heading(robot));
        assertEquals(Set.of("auth", "checkout", "db", "web"), greyed());

        robot.push(KeyCode.PAGE_DOWN);
        assertEquals("Wave 1 of 3 · up from 5m to 40m", heading(robot));
        assertEquals(Set.of("auth", "checkout"), greyed());

        robot.push(KeyCode.PAGE_DOWN);
        assertEquals("Wave 2 of 3 · up at 44m", heading(robot));
        assertEquals(Set.of("checkout"), greyed());

        robot.push(KeyCode.PAGE_UP);
        assertEquals("Wave 1 of 3 · up from 5m to 40m", heading(robot));

        robot.push(KeyCode.END);
        assertEquals("Wave 3 of 3 · up at 52m", heading(robot));
        assertEquals(Set.of(), greyed());
        assertTrue(robot.lookup("#storyCallouts").lookup(".story-callout").queryAs(Label.class).getText()
                .startsWith("✗ Checkout is up at 52m, target 15m"));

        robot.push(KeyCode.HOME);
        assertEquals("Outage declared · restores start at once", heading(robot));

        robot.push(KeyCode.F5);
        assertFalse(app.shell.presentation().presentingProperty().get(), "F5 leaves too");
        assertNull(greyed());
    }

    @Test
    void anEditMidStoryRetellsTheStoryAtTheSameStep(FxRobot robot) {
        waitForAnalysis();
        robot.clickOn("#canvas").push(KeyCode.F5).push(KeyCode.PAGE_DOWN);
        assertEquals("Wave 1 of 3 · up from 5m to 40m", heading(robot));

        robot.interact(() -> app.shell.workbench().document().apply("Change DB restore time", plan -> plan.withService(
                plan.service("db").orElseThrow().toBuilder().restoreTime(Duration.ofHours(1)).build())));
        FxWait.waitUntil("wave 1 ends at 1h", () -> "Wave 1 of 3 · up from 5m to 1h".equals(heading(robot)));

        robot.push(KeyCode.END);
        robot.interact(() -> app.shell.workbench().document().apply("Delete Checkout",
                plan -> plan.withoutServices(List.of("checkout"))));
        FxWait.waitUntil("the story has two waves and stays at its end",
                () -> "Wave 2 of 2 · up at 1h4m".equals(heading(robot)));
        assertEquals(Set.of(), greyed());
    }
}
