package com.recoveryworkbench.ui.canvas;

import static com.recoveryworkbench.ui.FxWait.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.ServiceResult;
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
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Folding eu-west (Web at (100, 100), DB at (100, 300)) at 100 %: its folded card lies at (100, 100),
 * 440 x 120; API in us-east needs DB (hard) and Web (soft), one bundled arrow counting two.
 */
@ExtendWith(ApplicationExtension.class)
class FoldingOnTheCanvasTest {
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

    private Plan plan() {
        return workbench.document().getPlan();
    }

    private void openShop() throws Exception {
        fixture.open(Plan.empty("Shop").withServices(List.of(card("web", "eu-west", 100, 100),
                        card("db", "eu-west", 100, 300), card("api", "us-east", 650, 100)))
                .withDependencies(List.of(Dependency.hard("api", "db"), Dependency.soft("api", "web"))));
    }

    private Point2D onFoldedCard(FxRobot robot) throws Exception {
        Node canvas = robot.lookup("#canvas").query();
        return onFx(() -> canvas.localToScreen(view.viewport().toScreenX(300), view.viewport().toScreenY(160)));
    }

    private DrawnText drawn(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(100);
        return onFx(() -> view.drawnText());
    }

    @Test
    void foldingIsOneUndoableStepThatDropsHiddenServicesFromTheSelectionAndChangesNoResult(FxRobot robot)
            throws Exception {
        openShop();
        List<ServiceResult> before = onFx(() -> workbench.liveAnalysis().getAnalysis().results());
        onFx(() -> {
            workbench.selection().selectServices(List.of("db", "api"));
            view.folding().fold("eu-west");
        });

        assertEquals(Set.of("eu-west"), plan().folded().regions());
        assertEquals("Undo Fold eu-west", workbench.document().history().undoLabelProperty().get());
        assertEquals(Set.of("api"), workbench.selection().getServices());
        assertEquals(before, onFx(() -> workbench.liveAnalysis().getAnalysis().results()));
        DrawnText text = drawn(robot);
        assertEquals(Set.of("eu-west"), text.foldedGroups());
        assertEquals(1, text.bundledArrows(), "API's two dependencies into eu-west are one arrow");
        assertEquals(Set.of("api"), text.namedServices());

        onFx(() -> workbench.document().undo());
        assertTrue(plan().folded().isEmpty());
    }

    @Test
    void aFoldedCardIsSelectedWithoutTouchingItsServicesAndUnfoldsOnADoubleClick(FxRobot robot) throws Exception {
        openShop();
        onFx(() -> view.folding().fold("eu-west"));
        onFx(() -> workbench.selection().selectService("api"));

        robot.clickOn(onFoldedCard(robot));
        assertEquals(Set.of(), workbench.selection().getServices(), "a folded card selects no hidden service");
        robot.type(KeyCode.DELETE);
        assertEquals(3, plan().serviceCount(), "Delete reaches no service through a folded card");

        robot.doubleClickOn(onFoldedCard(robot));
        assertTrue(plan().folded().isEmpty());
        assertEquals("Undo Unfold eu-west", workbench.document().history().undoLabelProperty().get());
        assertEquals(Set.of(), drawn(robot).foldedGroups());
    }

    @Test
    void foldAllFoldsEveryGroupOfTheLanesShownFitsThemAndUnfoldAllUndoesThemInOneStep() throws Exception {
        openShop();
        onFx(() -> view.viewport().zoomTo(2, 0, 0));
        onFx(() -> view.folding().foldAll());
        assertEquals(Set.of("eu-west", "us-east"), plan().folded().regions());
        assertEquals("Undo Fold all regions", workbench.document().history().undoLabelProperty().get());
        assertTrue(view.viewport().scale() < 2, "fitted to the folded cards, at no more than 100 %");

        onFx(() -> view.laneGroupingProperty().set(LaneGrouping.OWNER));
        onFx(() -> view.folding().unfoldAll());
        assertEquals(Set.of("eu-west", "us-east"), plan().folded().regions(), "by owner, regions stay folded");

        onFx(() -> view.laneGroupingProperty().set(LaneGrouping.REGION));
        onFx(() -> view.folding().unfoldAll());
        assertTrue(plan().folded().isEmpty());
    }
}
