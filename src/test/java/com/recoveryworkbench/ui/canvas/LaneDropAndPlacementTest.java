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
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Dropping cards into lanes, and where new services land. */
@ExtendWith(ApplicationExtension.class)
class LaneDropAndPlacementTest {
    private WorkbenchState workbench;
    private PlanCanvasView view;
    private CanvasFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = CanvasFixture.show(stage, 900, 600);
        workbench = fixture.workbench;
        view = fixture.view;
    }

    private static Service card(String id, String name, String region, double x, double y) {
        return Service.builder(id, ServiceKind.APPLICATION).name(name).region(region).position(x, y).build();
    }

    private Service service(String id) {
        return workbench.document().getPlan().service(id).orElseThrow();
    }

    /** The screen point over the body of a card, below its name row. */
    private Point2D grab(FxRobot robot, String id) throws Exception {
        Position p = service(id).position();
        Node canvas = robot.lookup("#canvas").query();
        return onFx(() -> canvas.localToScreen(view.viewport().toScreenX(CardGeometry.centreX(p)),
                view.viewport().toScreenY(CardGeometry.centreY(p) + 20)));
    }

    @Test
    void droppingACardInAnotherLaneMovesItThereInOneUndoableStep(FxRobot robot) throws Exception {
        // At 100% with no pan, world and canvas pixels coincide. The us lane spans (560, 4)..(840, 430).
        fixture.open(Plan.empty("Shop").withServices(List.of(card("checkout", "Checkout", "eu-west", 100, 100),
                card("db", "DB", "us-east", 600, 100), card("cache", "Cache", "us-east", 600, 300))));
        Point2D from = grab(robot, "checkout");

        robot.drag(from, MouseButton.PRIMARY).dropTo(from.add(500, 100));

        assertEquals("us-east", service("checkout").region());
        assertEquals(new Position(600, 200), service("checkout").position());
        assertEquals("Undo Move Checkout into us-east", workbench.document().history().undoLabelProperty().get());
        onFx(() -> {
            workbench.document().undo();
            return null;
        });
        assertEquals("eu-west", service("checkout").region());
        assertEquals(new Position(100, 100), service("checkout").position());

        robot.drag(from, MouseButton.PRIMARY).dropTo(from.add(0, 350));
        assertEquals("eu-west", service("checkout").region(), "outside every lane the region stays");
        assertEquals(new Position(100, 450), service("checkout").position());
    }

    @Test
    void aNewServiceLandsFreeBesideTheSelectionInItsLaneWithoutDependencies(FxRobot robot) throws Exception {
        // The spot right of db, (880, 100), is taken by blocker.
        fixture.open(Plan.empty("Shop").withServices(List.of(card("web", "Web", "us-east", 100, 100),
                card("db", "DB", "us-east", 600, 100), card("blocker", "Blocker", "", 880, 100)))
                .withDependency(Dependency.hard("web", "db")));
        onFx(() -> {
            workbench.selection().selectService("db");
            view.createService(ServiceKind.DATABASE);
            return null;
        });
        robot.type(KeyCode.ESCAPE);

        Plan plan = workbench.document().getPlan();
        Service added = plan.service("database").orElseThrow();
        assertEquals(Set.of("database"), workbench.selection().getServices());
        assertTrue(added.position().x() >= 800, "right of db: " + added.position());
        assertTrue(Math.hypot(added.position().x() - 880, added.position().y() - 100) < 250,
                "near the spot beside db: " + added.position());
        for (Service other : plan.services()) {
            if (other != added) {
                assertFalse(CardGeometry.bounds(other.position()).expanded(10)
                        .intersects(CardGeometry.bounds(added.position())), "overlaps " + other.id());
            }
        }
        assertEquals("us-east", added.region());
        assertEquals(List.of(Dependency.hard("web", "db")), plan.dependencies());
    }
}
