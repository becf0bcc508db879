package com.recoveryworkbench.ui.canvas;

import static com.recoveryworkbench.ui.FxWait.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PlanCanvasViewTest {
    private WorkbenchState workbench;
    private PlanCanvasView view;
    private CanvasFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = CanvasFixture.show(stage, 900, 600);
        workbench = fixture.workbench;
        view = fixture.view;
    }

    /** The screen point showing world point (wx, wy). */
    private Point2D screen(FxRobot robot, double wx, double wy) throws Exception {
        Node canvas = robot.lookup("#canvas").query();
        return onFx(() -> canvas.localToScreen(view.viewport().toScreenX(wx), view.viewport().toScreenY(wy)));
    }

    /** The screen point of canvas-local pixel (x, y). */
    private Point2D local(FxRobot robot, double x, double y) throws Exception {
        Node canvas = robot.lookup("#canvas").query();
        return onFx(() -> canvas.localToScreen(x, y));
    }

    private Plan plan() {
        return workbench.document().getPlan();
    }

    private Position positionOf(String id) {
        return plan().service(id).orElseThrow().position();
    }

    private Point2D cardCentre(FxRobot robot, String id) throws Exception {
        Position p = positionOf(id);
        return screen(robot, CardGeometry.centreX(p), CardGeometry.centreY(p) + 20);
    }

    private static Service card(String id, String name, double x, double y) {
        return Service.builder(id, ServiceKind.APPLICATION).name(name).position(x, y).build();
    }

    @Test
    void anEmptyMapSaysHowToStartAndTheHintGoesWithTheFirstService(FxRobot robot) throws Exception {
        Node hint = robot.lookup("#canvas-hint").query();
        assertTrue(hint.isVisible());

        robot.doubleClickOn(local(robot, 250, 200), MouseButton.PRIMARY);
        robot.type(KeyCode.ESCAPE);

        assertTrue(plan().hasService("application"));
        assertFalse(hint.isVisible());
    }

    @Test
    void whileAPlanOpensTheEmptyMapSaysSoInsteadOfHowToStart(FxRobot robot) {
        Label hint = robot.lookup("#canvas-hint").queryAs(Label.class);
        assertEquals(EmptyPlanHint.HOW_TO_START, hint.getText());

        robot.interact(() -> view.busyProperty().set("Opening retail.rplan.json…"));
        assertEquals("Opening retail.rplan.json…", hint.getText());

        robot.interact(() -> view.busyProperty().set(null));
        assertEquals(EmptyPlanHint.HOW_TO_START, hint.getText());
    }

    @Test
    void doubleClickingEmptySpaceAddsServicesAndDraggingAHandleConnectsThem(FxRobot robot) throws Exception {
        robot.doubleClickOn(local(robot, 250, 200), MouseButton.PRIMARY);
        robot.write("Checkout").type(KeyCode.ENTER);

        // The name typed for a new service also makes its id.
        assertEquals("Checkout", plan().service("checkout").orElseThrow().name());
        assertEquals(Set.of("checkout"), workbench.selection().getServices());
        assertEquals("Undo Rename Application to Checkout", workbench.document().history().undoLabelProperty().get());

        robot.doubleClickOn(local(robot, 650, 200), MouseButton.PRIMARY);
        robot.type(KeyCode.ESCAPE);
        // Left unnamed, it keeps the provisional id from its kind.
        assertTrue(plan().hasService("application"));
        assertFalse(robot.lookup("#canvas-rename").query().isVisible());

        Position from = positionOf("checkout");
        robot.drag(screen(robot, CardGeometry.handleX(from), CardGeometry.handleY(from)), MouseButton.PRIMARY)
                .dropTo(cardCentre(robot, "application"));

        assertEquals(Dependency.hard("checkout", "application"),
                plan().dependency("checkout", "application").orElseThrow());
    }

    @Test
    void droppingAHandleOnEmptySpaceOrOnAnExistingDependencyChangesNothing(FxRobot robot) throws Exception {
        fixture.open(Plan.empty("Shop").withServices(List.of(card("web", "Web", 100, 100), card("db", "DB", 500, 100)))
                .withDependency(Dependency.hard("web", "db")));
        Plan before = plan();
        Point2D handle = screen(robot, CardGeometry.handleX(positionOf("web")), CardGeometry.handleY(positionOf("web")));

        robot.drag(handle, MouseButton.PRIMARY).dropTo(local(robot, 400, 450));
        robot.drag(handle, MouseButton.PRIMARY).dropTo(cardCentre(robot, "db"));

        assertEquals(before, plan());
        assertEquals("Web already depends on DB.", view.refusalProperty().get());
    }

    @Test
    void draggingACardIsOneUndoableMove(FxRobot robot) throws Exception {
        fixture.open(Plan.empty("Shop").withServices(List.of(card("web", "Web", 100, 100), card("db", "DB", 500, 100))));
        Point2D grab = cardCentre(robot, "web");

        robot.drag(grab, MouseButton.PRIMARY).dropTo(grab.add(120, 160));

        assertEquals(new Position(220, 260), positionOf("web"));
        assertEquals(new Position(500, 100), positionOf("db"));
        assertEquals("Undo Move Web", workbench.document().history().undoLabelProperty().get());
        onFx(() -> workbench.document().undo());
        assertEquals(new Position(100, 100), positionOf("web"));
        assertFalse(workbench.document().history().canUndoProperty().get());
    }

    @Test
    void rubberBandSelectsTheCardsItTouchesAndDeleteRemovesThem(FxRobot robot) throws Exception {
        fixture.open(Plan.empty("Shop").withServices(List.of(card("web", "Web", 100, 100), card("api", "API", 400, 100),
                card("db", "DB", 400, 400))).withDependency(Dependency.hard("api", "db")));

        robot.drag(screen(robot, 60, 60), MouseButton.PRIMARY).dropTo(screen(robot, 450, 150));
        assertEquals(Set.of("web", "api"), workbench.selection().getServices());

        robot.type(KeyCode.DELETE);

        assertEquals(List.of("db"), plan().services().stream().map(Service::id).toList());
        assertEquals(List.of(), plan().dependencies());
        assertEquals("Undo Delete 2 services", workbench.document().history().undoLabelProperty().get());
    }

    @Test
    void clickingAnArrowSelectsTheDependencyAndDeleteRemovesOnlyIt(FxRobot robot) throws Exception {
        fixture.open(Plan.empty("Shop").withServices(List.of(card("web", "Web", 100, 100), card("db", "DB", 600, 100)))
                .withDependency(Dependency.hard("web", "db")));

        // The arrow runs from x = 300 to x = 600 at y = 145; click 3 pixels off its middle.
        robot.clickOn(screen(robot, 450, 148), MouseButton.PRIMARY);
        assertEquals(Dependency.hard("web", "db"), workbench.selection().getDependency());

        robot.type(KeyCode.BACK_SPACE);

        assertEquals(List.of(), plan().dependencies());
        assertEquals(2, plan().serviceCount());
    }
}
