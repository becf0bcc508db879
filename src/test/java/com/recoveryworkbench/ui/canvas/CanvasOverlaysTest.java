package com.recoveryworkbench.ui.canvas;

import static com.recoveryworkbench.ui.FxWait.onFx;
import static com.recoveryworkbench.ui.canvas.CanvasFixture.card;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The minimap, comparison ghosts and the arrange glide. */
@ExtendWith(ApplicationExtension.class)
class CanvasOverlaysTest {
    private WorkbenchState workbench;
    private PlanCanvasView view;
    private CanvasFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = CanvasFixture.show(stage, 900, 600);
        workbench = fixture.workbench;
        view = fixture.view;
    }

    @Test
    void clickingTheMinimapMovesTheViewThere(FxRobot robot) throws Exception {
        fixture.open(Plan.empty("Far").withServices(List.of(card("a", 0, 0), card("b", 10000, 6000))));
        Node minimap = robot.lookup("#canvas-minimap").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, minimap::isVisible);

        // All cards span (0, 0)..(10200, 6090): the 220 x 150 map (6 px inset) shows them at
        // min(208 / 10200, 138 / 6090) = 0.020392 px a unit, centred: b's centre (10100, 6045) is at (212, 136).
        robot.clickOn(onFx(() -> minimap.localToScreen(212, 136)));

        Node canvas = robot.lookup("#canvas").query();
        WorldRect visible = onFx(() -> view.viewport().visibleWorld(canvas.getLayoutBounds().getWidth(),
                canvas.getLayoutBounds().getHeight()));
        assertTrue(visible.contains(CardGeometry.bounds(new Position(10000, 6000))), visible.toString());

        onFx(() -> {
            view.fitToWindow();
            return null;
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !minimap.isVisible());
        onFx(() -> {
            view.minimapVisibleProperty().set(true);
            return null;
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, minimap::isVisible);
    }

    @Test
    void theMinimapDrawsAFoldedGroupAsItsCard(FxRobot robot) throws Exception {
        Service a = card("a", 0, 0).toBuilder().region("eu-west").build();
        Service b = card("b", 0, 200).toBuilder().region("eu-west").build();
        fixture.open(Plan.empty("Far").withServices(List.of(a, b, card("c", 10000, 6000))));
        onFx(() -> view.minimapVisibleProperty().set(true));
        Canvas minimap = robot.lookup("#canvas-minimap").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, minimap::isVisible);
        // As above, 0.020392 px a unit with (0, 0) at (6, 12.9): A's block ends at x = 10.1, the folded card
        // (440 x 120) at x = 15: (12, 14) is background, then the folded card.
        Color background = onFx(() -> pixel(minimap, 12, 14));

        onFx(() -> view.folding().fold("eu-west"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(100);

        assertNotEquals(background, onFx(() -> pixel(minimap, 12, 14)));
    }

    private static Color pixel(Canvas canvas, int x, int y) {
        return canvas.snapshot(null, null).getPixelReader().getColor(x, y);
    }

    @Test
    void ghostsOfRemovedServicesCannotBeSelected(FxRobot robot) throws Exception {
        fixture.open(Plan.empty("Now").withServices(List.of(card("kept", 100, 100))));
        onFx(() -> {
            view.changeMarksProperty().set(new ChangeMarks(Set.of(), Set.of("kept"),
                    List.of(card("gone", 400, 300))));
            workbench.selection().selectService("kept");
            return null;
        });
        Node canvas = robot.lookup("#canvas").query();
        Point2D ghost = onFx(() -> canvas.localToScreen(view.viewport().toScreenX(500), view.viewport().toScreenY(365)));

        robot.clickOn(ghost);

        assertEquals(Set.of(), workbench.selection().getServices());
        assertEquals(List.of("kept"), workbench.document().getPlan().services().stream().map(Service::id).toList());
    }

    @Test
    void anArmedChangeGlidesFromTheOldPlacesAndTheNextChangeEndsIt() throws Exception {
        Plan before = Plan.empty("Shop").withServices(List.of(card("a", 0, 0)));
        Plan arranged = before.withService(card("a", 400, 0));
        boolean[] seen = onFx(() -> {
            SimpleObjectProperty<Plan> plan = new SimpleObjectProperty<>(before);
            GlideAnimation glide = new GlideAnimation(plan, () -> { });
            plan.set(before.withName("Unarmed"));
            boolean unarmedGlides = glide.isRunning();
            glide.armNext();
            plan.set(arranged);
            boolean glides = glide.isRunning();
            boolean startsAtOldPlace = glide.paintedPlan(arranged).service("a").orElseThrow().position()
                    .equals(new Position(0, 0));
            plan.set(arranged.withName("Edited"));
            return new boolean[] {unarmedGlides, glides, startsAtOldPlace, glide.isRunning()};
        });

        assertFalse(seen[0], "a change nobody armed does not glide");
        assertTrue(seen[1]);
        assertTrue(seen[2]);
        assertFalse(seen[3], "the next change ends the glide");
    }
}
