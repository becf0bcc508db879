package com.recoveryworkbench.ui;

import com.recoveryworkbench.ui.state.WorkbenchState;
import com.recoveryworkbench.ui.menus.FindBar;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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

/** Find on a plan too large to read when it fits the window: the two-region sample. */
@ExtendWith(ApplicationExtension.class)
class FindInALargePlanTest {
    private static final Path TWO_REGION = Path.of("assets/samples/two-region-commerce.rplan.json");

    private final WorkbenchFixture app = new WorkbenchFixture();

    @Start
    void start(Stage stage) {
        stage.setWidth(1280);
        stage.setHeight(800);
        app.start(stage, TWO_REGION);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private WorkbenchState workbench() {
        return app.shell.workbench();
    }

    @Test
    void enterZoomsSoTheFoundCardCanBeRead(FxRobot robot) {
        FxWait.waitUntil("the two-region sample is open and fitted to the window",
                () -> workbench().document().getPlan().hasService("global-dns")
                        && app.shell.canvas().viewport().zoom() < FindBar.READABLE_ZOOM);

        robot.push(KeyCode.SHORTCUT, KeyCode.F).write("global dns").push(KeyCode.ENTER);

        FxWait.waitUntil("Global DNS is selected",
                () -> workbench().selection().getServices().equals(Set.of("global-dns")));
        assertTrue(app.shell.canvas().viewport().zoom() >= FindBar.READABLE_ZOOM,
                () -> "zoom " + app.shell.canvas().viewport().zoom());
        Node canvas = app.shell.canvas().node().lookup("#canvas");
        assertTrue(canvas.localToScreen(canvas.getLayoutBounds())
                        .contains(app.centreOf(workbench().document().getPlan().service("global-dns").orElseThrow())),
                "the card is in view");
    }

}
