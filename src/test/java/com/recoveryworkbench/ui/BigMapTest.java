package com.recoveryworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.canvas.CardGeometry;
import com.recoveryworkbench.ui.canvas.DrawnText;
import com.recoveryworkbench.ui.canvas.PlanCanvasView;
import com.recoveryworkbench.ui.canvas.SemanticZoom;
import com.recoveryworkbench.ui.canvas.WorldRect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * The shipped two-region sample (68 services) in a 1920 x 1080 window: whatever the zoom, every card in
 * view shows its name at a legible size, or is inside its region's tile that says what it holds, or its
 * region is folded into a card that does (a lane's summary line over nameless blocks is not enough);
 * Arrange makes the map fit larger; in presentation the map keeps most of the screen and Z zooms to the
 * wave; a region folds from the map's context menu and unfolds on undo.
 */
@ExtendWith(ApplicationExtension.class)
class BigMapTest {
    private final WorkbenchFixture app = new WorkbenchFixture();
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path plan = Files.createTempDirectory("big-map").resolve("two-region-commerce.rplan.json");
        Files.copy(Path.of("assets/samples/two-region-commerce.rplan.json"), plan, StandardCopyOption.REPLACE_EXISTING);
        stage.setWidth(1920);
        stage.setHeight(1080);
        app.start(stage, plan);
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

    private void waitForAnalysis() {
        FxWait.waitUntil("the sample is open and analysed", () -> {
            var analysis = app.shell.workbench().liveAnalysis().getAnalysis();
            return plan().services().size() == 68 && analysis != null && analysis.result("eu-checkout").isPresent();
        });
    }

    /** Lets a few pulses paint what the last change asked for. */
    private static void painted(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(150);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The cards wholly or partly in view that show neither their name nor lie in a tile or folded card saying what it holds. */
    private List<String> unreadable(DrawnText text) {
        Node node = canvas().node().lookup("#canvas");
        WorldRect visible = canvas().viewport().visibleWorld(node.getLayoutBounds().getWidth(),
                node.getLayoutBounds().getHeight());
        List<String> unreadable = new ArrayList<>();
        for (Service s : plan().services()) {
            boolean inView = CardGeometry.bounds(s.position()).intersects(visible);
            if (inView && !text.namedServices().contains(s.id()) && !text.tiledGroups().contains(s.region())
                    && !text.foldedGroups().contains(s.region())) {
                unreadable.add(s.id());
            }
        }
        return unreadable;
    }

    private DrawnText drawn(FxRobot robot) {
        painted(robot);
        DrawnText[] text = new DrawnText[1];
        robot.interact(() -> text[0] = canvas().drawnText());
        return text[0];
    }

    @Test
    void fittedEveryCardReadsByItsNameOrItsRegionAndArrangeShowsTheMapLarger(FxRobot robot) {
        waitForAnalysis();
        robot.interact(canvas()::fitToWindow);
        double handZoom = canvas().zoomProperty().get();
        DrawnText fitted = drawn(robot);
        assertTrue(fitted.smallestPx() >= SemanticZoom.MIN_TEXT_PX, "smallest text " + fitted.smallestPx() + " px");
        assertEquals(List.of(), unreadable(fitted));
        assertEquals(Set.of("eu-west", "global", "us-east"), fitted.tiledGroups(), "fitted below the names, regions are tiles");
        assertEquals(Set.of(), fitted.namedServices());

        robot.interact(() -> canvas().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        FxWait.waitUntil("the sample is arranged", () -> app.shell.workbench().document().history()
                .undoLabelProperty().get().equals("Undo Arrange 68 services"));
        robot.interact(canvas()::fitToWindow);
        double arrangedZoom = canvas().zoomProperty().get();
        assertTrue(arrangedZoom >= 1.5 * handZoom, "arranged fits at " + arrangedZoom + ", by hand at " + handZoom);
        DrawnText arranged = drawn(robot);
        assertTrue(arranged.smallestPx() >= SemanticZoom.MIN_TEXT_PX, "smallest text " + arranged.smallestPx() + " px");
        assertEquals(List.of(), unreadable(arranged));
    }

    @Test
    void openedTheMapShowsNamesAtElevenPixelsOrMore(FxRobot robot) {
        waitForAnalysis();
        DrawnText text = drawn(robot);

        assertTrue(canvas().viewport().scale() >= SemanticZoom.scaleFor(SemanticZoom.Detail.LABEL, false),
                "opened at " + canvas().zoomProperty().get());
        assertTrue(text.smallestPx() >= SemanticZoom.MIN_TEXT_PX, "smallest text " + text.smallestPx() + " px");
        assertFalse(text.namedServices().isEmpty());
        assertEquals(List.of(), unreadable(text));
    }

    @Test
    void aRegionFoldsFromItsLaneIntoOneSummaryCardWithBundledArrowsAndUndoUnfoldsIt(FxRobot robot) {
        waitForAnalysis();
        robot.interact(canvas()::fitToWindow);
        Node node = canvas().node().lookup("#canvas");
        WorldRect lane = null;
        for (Service s : plan().services()) {
            if (s.region().equals("us-east")) {
                WorldRect card = CardGeometry.bounds(s.position());
                lane = lane == null ? card : lane.union(card);
            }
        }
        // The band above the region's cards holds its name: right-click there.
        double wx = lane.minX() + 40;
        double wy = lane.minY() - 30;
        var viewport = canvas().viewport();
        robot.rightClickOn(node.localToScreen(viewport.toScreenX(wx), viewport.toScreenY(wy)));
        robot.clickOn("#canvas-fold");

        FxWait.waitUntil("us-east is folded", () -> plan().folded().regions().contains("us-east"));
        assertEquals("Undo Fold us-east", app.shell.workbench().document().history().undoLabelProperty().get());
        robot.interact(canvas()::fitToWindow);
        DrawnText folded = drawn(robot);
        assertTrue(folded.foldedGroups().contains("us-east"), "the folded card says what us-east holds");
        assertTrue(folded.bundledArrows() > 0, "dependencies into and out of us-east are bundled");
        assertTrue(folded.smallestPx() >= SemanticZoom.MIN_TEXT_PX, "smallest text " + folded.smallestPx() + " px");
        assertEquals(List.of(), unreadable(folded));
        assertTrue(folded.namedServices().stream().noneMatch(id -> plan().service(id).orElseThrow().region()
                .equals("us-east")), "no us-east card is drawn");

        robot.interact(() -> canvas().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        FxWait.waitUntil("the fold is undone", () -> plan().folded().isEmpty());
        DrawnText unfolded = drawn(robot);
        assertEquals(Set.of(), unfolded.foldedGroups());
        // Still zoomed out below the names: us-east is a tile again, which only the view folds.
        assertTrue(unfolded.tiledGroups().contains("us-east"), "us-east is drawn as a tile again");
    }

    @Test
    void zoomedInToTheNameLevelEveryCardInViewShowsItsNameAtElevenPixelsOrMore(FxRobot robot) {
        waitForAnalysis();
        robot.interact(() -> canvas().zoomTo(List.of("eu-checkout", "eu-payments", "eu-cart")));
        robot.interact(() -> canvas().viewport().zoomTo(0.7, 400, 300));
        DrawnText text = drawn(robot);

        assertTrue(text.smallestPx() >= SemanticZoom.MIN_TEXT_PX, "smallest text " + text.smallestPx() + " px");
        assertFalse(text.namedServices().isEmpty());
        assertEquals(List.of(), unreadable(text));
        assertTrue(text.summarisedLanes().isEmpty(), "names are shown, the lanes need not summarise");
    }

    @Test
    void presentingTheMapKeepsTwoThirdsOfTheScreenAtEveryStepAndZZoomsToTheWave(FxRobot robot) {
        waitForAnalysis();
        robot.interact(() -> canvas().requestFocus());
        robot.push(KeyCode.F5);
        Node map = canvas().node();
        Node overlay = robot.lookup("#presentationOverlay").query();
        int steps = app.shell.presentation().story().storyProperty().get().steps().size();
        for (int step = 0; step < steps; step++) {
            painted(robot);
            double share = map.getLayoutBounds().getWidth() * map.getLayoutBounds().getHeight()
                    / (overlay.getLayoutBounds().getWidth() * overlay.getLayoutBounds().getHeight());
            assertTrue(share >= 0.65, "step " + step + ": the map has " + share + " of the screen");
            DrawnText text = drawn(robot);
            assertTrue(text.smallestPx() >= SemanticZoom.PRESENTATION_MIN_TEXT_PX, "step " + step + ": smallest text "
                    + text.smallestPx() + " px");
            assertEquals(List.of(), unreadable(text), "step " + step);
            robot.push(KeyCode.PAGE_DOWN);
        }

        robot.push(KeyCode.HOME).push(KeyCode.PAGE_DOWN);
        double whole = canvas().viewport().scale();
        robot.push(KeyCode.Z);
        painted(robot);
        assertTrue(canvas().viewport().scale() > whole, "Z zooms in on the first wave");
        DrawnText wave = drawn(robot);
        assertFalse(wave.namedServices().isEmpty(), "Z shows the wave's names: " + canvas().viewport().scale());
        assertEquals(List.of(), unreadable(wave));
        robot.push(KeyCode.F);
        painted(robot);
        assertEquals(whole, canvas().viewport().scale(), 1e-9, "F fits the whole map again");
    }
}
