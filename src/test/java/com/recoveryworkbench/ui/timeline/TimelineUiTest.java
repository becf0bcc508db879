package com.recoveryworkbench.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.testplans.TestPlans;
import com.recoveryworkbench.ui.SameThreadWorkbench;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The restore timeline mounted on a workbench: clicking a bar's row selects its service. */
@ExtendWith(ApplicationExtension.class)
class TimelineUiTest {
    private WorkbenchState workbench;

    @Start
    void start(Stage stage) {
        workbench = SameThreadWorkbench.of(TestPlans.checkout());
        stage.setScene(new Scene((Parent) new RestoreTimelineView(workbench).node(), 900, 400));
        stage.show();
    }

    private void clickRow(FxRobot robot, int row) {
        Node canvas = robot.lookup("#timeline").lookup((Node n) -> n instanceof Canvas).query();
        double y = TimelinePainter.AXIS_HEIGHT + row * TimelinePainter.ROW_HEIGHT + TimelinePainter.ROW_HEIGHT / 2;
        robot.clickOn(canvas.localToScreen(new Point2D(TimelinePainter.LABEL_WIDTH + 100, y)));
    }

    @Test
    void clickingABarSelectsItsService(FxRobot robot) {
        // By wave: Wave 1, Catalog, Legacy DB, Wave 2, Auth, ...
        clickRow(robot, 4);

        assertEquals(Set.of("auth"), workbench.selection().getServices());
    }

    @Test
    void groupingByOwnerMovesTheRows(FxRobot robot) {
        robot.clickOn("#timelineByOwner");
        // By owner: Owner: data, Legacy DB, Owner: platform, Auth, Owner: web, Catalog, Checkout
        clickRow(robot, 1);

        assertEquals(Set.of("legacy-db"), workbench.selection().getServices());
    }
}
