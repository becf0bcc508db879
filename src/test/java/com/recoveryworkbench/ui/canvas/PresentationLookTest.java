package com.recoveryworkbench.ui.canvas;

import static com.recoveryworkbench.ui.FxWait.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.io.export.VerdictLook;
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
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The canvas API presentation mode builds on: greyed services, the presentation look, zoomTo. */
@ExtendWith(ApplicationExtension.class)
class PresentationLookTest {
    private WorkbenchState workbench;
    private PlanCanvasView view;

    @Start
    void start(Stage stage) {
        CanvasFixture canvas = CanvasFixture.show(stage, 900, 600);
        workbench = canvas.workbench;
        view = canvas.view;
    }

    private static Service card(String id, double x, double y) {
        return Service.builder(id, ServiceKind.APPLICATION).restoreTime(Duration.ofMinutes(5)).position(x, y).build();
    }

    /** web needs api, api needs db; batch stands alone. */
    private void openShop() throws Exception {
        Plan plan = Plan.empty("Shop").withServices(List.of(card("web", 100, 100), card("api", 400, 100),
                card("db", 700, 100), card("batch", 400, 400)))
                .withDependencies(List.of(Dependency.hard("web", "api"), Dependency.hard("api", "db")));
        onFx(() -> {
            workbench.document().replace(plan, null);
            view.zoomToActualSize();
            return null;
        });
    }

    private Point2D screenOfCard(FxRobot robot, String id) throws Exception {
        Position p = workbench.document().getPlan().service(id).orElseThrow().position();
        Node canvas = robot.lookup("#canvas").query();
        return onFx(() -> canvas.localToScreen(view.viewport().toScreenX(CardGeometry.centreX(p)),
                view.viewport().toScreenY(CardGeometry.centreY(p) + 20)));
    }

    /** The colour of the verdict band on the left edge of a card, read from a snapshot of the canvas. */
    private Color bandColour(FxRobot robot, String id) throws Exception {
        Position p = workbench.document().getPlan().service(id).orElseThrow().position();
        Node canvas = robot.lookup("#canvas").query();
        return onFx(() -> {
            WritableImage image = canvas.snapshot(null, null);
            return image.getPixelReader().getColor((int) view.viewport().toScreenX(p.x() + 4),
                    (int) view.viewport().toScreenY(p.y() + 45));
        });
    }

    @Test
    void greyedServicesLoseTheirVerdictColourAndTheOthersKeepIt(FxRobot robot) throws Exception {
        openShop();
        Color meets = Color.web(VerdictLook.MEETS.colour());
        assertEquals(meets, bandColour(robot, "db"));

        onFx(() -> {
            view.greyedProperty().set(Set.of("db"));
            return null;
        });

        Color greyed = bandColour(robot, "db");
        assertNotEquals(meets, greyed);
        assertEquals(greyed.getRed(), greyed.getGreen(), 0.02, "a grey, not a verdict colour: " + greyed);
        assertEquals(greyed.getGreen(), greyed.getBlue(), 0.02, "a grey, not a verdict colour: " + greyed);
        assertEquals(meets, bandColour(robot, "web"));
    }

    @Test
    void presentationDrawsHalfAgainAsLargeAtTheSameZoomAndHoverHighlightsWithoutSelecting(FxRobot robot)
            throws Exception {
        openShop();
        onFx(() -> {
            view.presentationProperty().set(true);
            view.zoomToActualSize();
            return null;
        });
        assertEquals(1.5, view.viewport().scale(), 1e-9);
        assertEquals(1, view.zoomProperty().get(), 1e-9);

        robot.moveTo(screenOfCard(robot, "api"));
        Emphasis hovered = onFx(view::currentEmphasis);
        assertTrue(hovered.emphasises("web") && hovered.emphasises("api") && hovered.emphasises("db"));
        assertFalse(hovered.emphasises("batch"));
        assertEquals(Set.of(), workbench.selection().getServices());

        robot.clickOn(screenOfCard(robot, "web"));
        // Onto empty space, between web and batch.
        Node canvas = robot.lookup("#canvas").query();
        robot.moveTo(onFx(() -> canvas.localToScreen(view.viewport().toScreenX(250), view.viewport().toScreenY(300))));
        Emphasis selected = onFx(view::currentEmphasis);
        assertEquals(Set.of("web"), workbench.selection().getServices());
        assertTrue(selected.emphasises("web") && selected.emphasises("db"));
        assertFalse(selected.emphasises("batch"));

        onFx(() -> {
            view.presentationProperty().set(false);
            return null;
        });
        assertEquals(1, view.viewport().scale(), 1e-9);
    }

    @Test
    void zoomToFitsTheServicesInTheViewButNeverPast100Percent(FxRobot robot) throws Exception {
        Plan plan = Plan.empty("Wide").withServices(List.of(card("west", -3000, 0), card("east", 3000, 2000),
                card("mid", 0, 1000)));
        onFx(() -> {
            workbench.document().replace(plan, null);
            view.zoomToActualSize();
            view.zoomTo(List.of("west", "east", "unknown"));
            return null;
        });
        Node canvas = robot.lookup("#canvas").query();
        WorldRect visible = onFx(() -> view.viewport().visibleWorld(canvas.getLayoutBounds().getWidth(),
                canvas.getLayoutBounds().getHeight()));
        assertTrue(visible.contains(CardGeometry.bounds(new Position(-3000, 0))), visible.toString());
        assertTrue(visible.contains(CardGeometry.bounds(new Position(3000, 2000))), visible.toString());

        onFx(() -> {
            view.zoomTo(List.of("mid"));
            return null;
        });
        assertEquals(1, view.zoomProperty().get(), 1e-9);
        double middle = canvas.getLayoutBounds().getWidth() / 2;
        assertEquals(CardGeometry.centreX(new Position(0, 1000)), view.viewport().toWorldX(middle), 1e-6);

        double before = view.viewport().offsetX();
        onFx(() -> {
            view.zoomTo(List.of("unknown"));
            return null;
        });
        assertEquals(before, view.viewport().offsetX());
    }
}
