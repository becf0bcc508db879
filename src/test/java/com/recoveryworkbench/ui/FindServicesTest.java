package com.recoveryworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.recoveryworkbench.ui.state.WorkbenchState;
import java.nio.file.Path;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Ctrl+F, the search field and its Filter toggle in the real window, on the retail sample. */
@ExtendWith(ApplicationExtension.class)
class FindServicesTest {
    private static final Path RETAIL = Path.of("assets/samples/retail.rplan.json");

    private final WorkbenchFixture app = new WorkbenchFixture();

    @Start
    void start(Stage stage) {
        app.start(stage, RETAIL);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private WorkbenchState workbench() {
        return app.shell.workbench();
    }

    private void waitForRetail() {
        FxWait.waitUntil("the retail sample is open",
                () -> workbench().document().getPlan().service("legacy-order-db").isPresent());
    }

    @Test
    void shortcutFTypingAndEnterSelectTheMatchingService(FxRobot robot) {
        waitForRetail();

        robot.push(KeyCode.SHORTCUT, KeyCode.F).write("legacy").push(KeyCode.ENTER);

        FxWait.waitUntil("the legacy database is selected",
                () -> workbench().selection().getServices().equals(Set.of("legacy-order-db")));
    }

    @Test
    void filterDimsTheRestAndEscapeClearsTheFieldAndReturnsToTheMap(FxRobot robot) {
        waitForRetail();
        TextField field = robot.lookup("#searchField").queryAs(TextField.class);

        // Filter first: a click while the suggestion list shows only closes the list.
        robot.clickOn("#searchFilter");
        robot.push(KeyCode.SHORTCUT, KeyCode.F).write("legacy");
        FxWait.waitUntil("the filter keeps only the legacy database",
                () -> Set.of("legacy-order-db").equals(app.shell.canvas().filterProperty().get()));

        // The first Escape may only close the suggestion list; a second one on the map deselects.
        robot.push(KeyCode.ESCAPE).push(KeyCode.ESCAPE);
        FxWait.waitUntil("the field is cleared", () -> field.getText().isEmpty());
        Node canvas = app.shell.canvas().node().lookup("#canvas");
        assertSame(canvas, field.getScene().getFocusOwner());
        assertNull(app.shell.canvas().filterProperty().get());
        assertFalse(field.isFocused());
        assertEquals("", field.getText());
    }
}
