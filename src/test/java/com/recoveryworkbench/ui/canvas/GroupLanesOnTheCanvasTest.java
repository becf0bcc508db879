package com.recoveryworkbench.ui.canvas;

import static com.recoveryworkbench.ui.FxWait.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
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
 * Lanes by named group at 100 %, no pan: Card API (100, 100) and Ledger (100, 300) are in "Payments",
 * Search (600, 100) in "Catalog", Web (600, 400) in no group; all in region eu-west. A card dropped into a
 * group's lane joins the group; a group folds like a region.
 */
@ExtendWith(ApplicationExtension.class)
class GroupLanesOnTheCanvasTest {
    private WorkbenchState workbench;
    private PlanCanvasView view;
    private CanvasFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = CanvasFixture.show(stage, 900, 600);
        workbench = fixture.workbench;
        view = fixture.view;
    }

    private static Service card(String id, String group, double x, double y) {
        return Service.builder(id, ServiceKind.APPLICATION).name(id).region("eu-west").group(group).position(x, y)
                .restoreTime(Duration.ofMinutes(5)).build();
    }

    private Plan plan() {
        return workbench.document().getPlan();
    }

    private Service service(String id) {
        return plan().service(id).orElseThrow();
    }

    private String undoLabel() {
        return workbench.document().history().undoLabelProperty().get();
    }

    private void openPayments() throws Exception {
        fixture.open(Plan.empty("Shop").withServices(List.of(card("card-api", "Payments", 100, 100),
                        card("ledger", "Payments", 100, 300), card("search", "Catalog", 600, 100),
                        card("web", "", 600, 400)))
                .withDependencies(List.of(Dependency.hard("web", "card-api"), Dependency.hard("web", "ledger"))));
        onFx(() -> view.laneGroupingProperty().set(LaneGrouping.GROUP));
    }

    @Test
    void theLanesByGroupAreTheNamedGroups() throws Exception {
        openPayments();

        List<String> names = Lanes.of(plan(), LaneGrouping.GROUP).all().stream().map(Lane::name).sorted().toList();
        assertEquals(List.of("Catalog", "Payments"), names, "web is in no group and so in no lane");
    }

    @Test
    void aCardDroppedInAGroupsLaneJoinsItInOneUndoableStep(FxRobot robot) throws Exception {
        openPayments();
        Node canvas = robot.lookup("#canvas").query();
        Position web = service("web").position();
        Point2D from = onFx(() -> canvas.localToScreen(view.viewport().toScreenX(CardGeometry.centreX(web)),
                view.viewport().toScreenY(CardGeometry.centreY(web) + 20)));

        // From (600, 400) to (100, 200): between Card API and Ledger, inside the Payments lane.
        robot.drag(from, MouseButton.PRIMARY).dropTo(from.add(-500, -200));

        assertEquals("Payments", service("web").group());
        assertEquals("eu-west", service("web").region(), "the region stays");
        assertEquals("Undo Move web into Payments", undoLabel());
    }

    @Test
    void foldingAGroupIsOneStepDrawnAsOneCardWithBundledArrows(FxRobot robot) throws Exception {
        openPayments();

        onFx(() -> view.folding().fold("Payments"));
        assertEquals(Set.of("Payments"), plan().folded().groups());
        assertEquals(Set.of(), plan().folded().regions(), "a group folds apart from its services' region");
        assertEquals("Undo Fold Payments", undoLabel());
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(100);
        DrawnText text = onFx(() -> view.drawnText());
        assertTrue(text.foldedGroups().contains("Payments"));
        assertEquals(1, text.bundledArrows(), "web's two hard dependencies into Payments are one arrow");

        onFx(() -> view.folding().foldAll());
        assertEquals(Set.of("Catalog", "Payments"), plan().folded().groups());
        assertEquals("Undo Fold all groups", undoLabel());
        onFx(() -> view.folding().unfoldAll());
        assertTrue(plan().folded().isEmpty());
        assertEquals("Undo Unfold all groups", undoLabel());
    }
}
