package com.recoveryworkbench.ui.canvas;

import static com.recoveryworkbench.ui.FxWait.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A shop like {@link GroupTilesTest}'s in a 900 x 600 canvas at 50 % (below the names: 11 / 18 = 61 %), world
 * (0, 0) at screen (20, 20): eu-west's tile covers (88, 93.5)-(418, 352.5), grown to 12 ems of 13.75 px and
 * drawn half the gap between tiles in from its lane's top and bottom ({@link FoldedCards#TILE_GAP_EMS}); us-east's,
 * with API at (900, 100), (888, 44)-(1218, 250.25); Batch, in no region, is a block at (1400, 400).
 */
@ExtendWith(ApplicationExtension.class)
class TilesOnTheCanvasTest {
    private WorkbenchState workbench;
    private PlanCanvasView view;
    private CanvasFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = CanvasFixture.show(stage, 900, 600);
        workbench = fixture.workbench;
        view = fixture.view;
    }

    private static Service card(String id, String region, double x, double y) {
        return Service.builder(id, ServiceKind.APPLICATION).name(id).region(region).position(x, y)
                .restoreTime(Duration.ofMinutes(5)).build();
    }

    private void openShopAtHalf(Service... more) throws Exception {
        List<Service> services = new java.util.ArrayList<>(List.of(card("web", "eu-west", 100, 100),
                card("db", "eu-west", 100, 300), card("api", "us-east", 900, 100), card("batch", "", 1400, 400)));
        services.addAll(List.of(more));
        fixture.open(Plan.empty("Shop").withServices(services)
                .withDependencies(List.of(Dependency.hard("api", "db"), Dependency.soft("api", "web"))));
        onFx(() -> {
            Viewport v = view.viewport();
            v.zoomTo(0.5, 0, 0);
            v.panBy(20 - v.toScreenX(0), 20 - v.toScreenY(0));
        });
    }

    private Point2D onScreen(FxRobot robot, double wx, double wy) throws Exception {
        Node canvas = robot.lookup("#canvas").query();
        return onFx(() -> canvas.localToScreen(view.viewport().toScreenX(wx), view.viewport().toScreenY(wy)));
    }

    private DrawnText drawn(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(100);
        return onFx(() -> view.drawnText());
    }

    @Test
    void zoomedOutEachRegionIsATileWhichChangesNothingInThePlanAndZoomingInShowsTheCardsAgain(FxRobot robot)
            throws Exception {
        openShopAtHalf();
        Plan before = workbench.document().getPlan();

        DrawnText tiled = drawn(robot);
        assertEquals(Set.of("eu-west", "us-east"), tiled.tiledGroups());
        assertEquals(Set.of(), tiled.namedServices());
        assertEquals(1, tiled.bundledArrows(), "API's two dependencies into eu-west are one arrow");
        assertTrue(tiled.smallestPx() >= SemanticZoom.MIN_TEXT_PX);
        assertEquals(before, workbench.document().getPlan());
        assertFalse(workbench.document().isDirty());
        assertFalse(workbench.document().history().canUndoProperty().get());

        onFx(() -> view.viewport().zoomTo(0.7, 20, 20));
        DrawnText named = drawn(robot);
        assertEquals(Set.of(), named.tiledGroups());
        assertTrue(named.namedServices().containsAll(Set.of("web", "db", "api")), "names at 70 %: " + named);
    }

    @Test
    void aClickOnATileSelectsItsGroupsServicesAndADragOnItPans(FxRobot robot) throws Exception {
        openShopAtHalf();

        double offsetX = view.viewport().offsetX();
        Point2D from = onScreen(robot, 350, 350);
        robot.drag(from, MouseButton.PRIMARY).dropTo(from.add(100, 0));
        assertEquals(offsetX + 100, view.viewport().offsetX(), 1e-6, "the drag pans the view 100 px");
        assertEquals(100, workbench.document().getPlan().service("web").orElseThrow().position().x(),
                "no card moved");
        assertFalse(workbench.document().isDirty());
        assertEquals(Set.of(), workbench.selection().getServices(), "a drag selects nothing");

        // Far enough from the drag's press, and late enough, not to make a double-click with it.
        robot.sleep(800);
        robot.clickOn(onScreen(robot, 150, 120));
        assertEquals(Set.of("web", "db"), workbench.selection().getServices());
    }

    @Test
    void aDoubleClickOnATileZoomsToItsGroupNeverPast100Percent(FxRobot robot) throws Exception {
        openShopAtHalf();

        robot.doubleClickOn(onScreen(robot, 200, 300));

        assertEquals(1, view.viewport().scale(), 1e-9, "eu-west's two cards fit at 100 %");
        assertTrue(drawn(robot).namedServices().containsAll(Set.of("web", "db")));
    }

    @Test
    void aDoubleClickOnATileTooWideToFitAtTheNameLevelZoomsToTheNamesWithTheGroupsLeftEdgeInView(FxRobot robot)
            throws Exception {
        // eu-west now reaches x = 3300: it fits the 820 px between the margins at 25 %, below the names.
        openShopAtHalf(card("far", "eu-west", 3100, 100));

        robot.doubleClickOn(onScreen(robot, 200, 300));

        double nameScale = SemanticZoom.scaleFor(SemanticZoom.Detail.LABEL, false);
        assertEquals(nameScale, view.viewport().scale(), 1e-6);
        assertEquals(40, view.viewport().toScreenX(100), 1e-6, "the group's left edge at the margin");
        assertTrue(drawn(robot).namedServices().containsAll(Set.of("web", "db")));
    }

    @Test
    void aRubberBandTakesTheServicesOfEveryTileItTouchesAndTheBlocksInIt(FxRobot robot) throws Exception {
        openShopAtHalf();

        // From empty space at (1700, 560) to (400, 340): eu-west's tile (none of its cards) and Batch's block,
        // not us-east's tile.
        robot.drag(onScreen(robot, 1700, 560), MouseButton.PRIMARY).moveTo(onScreen(robot, 1000, 450))
                .moveTo(onScreen(robot, 400, 340)).drop();

        assertEquals(Set.of("web", "db", "batch"), workbench.selection().getServices());
    }
}
