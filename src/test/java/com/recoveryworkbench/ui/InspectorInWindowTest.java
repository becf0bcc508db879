package com.recoveryworkbench.ui;

import com.recoveryworkbench.ui.files.PlanFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Editing a service in the inspector of the real window: the editors stay where they are while the
 * findings change, the id can be changed (and is refused in place when it cannot be), a new service
 * takes its id from the name typed for it, and the Stateful default follows the kind.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorInWindowTest {
    @TempDir
    static Path dir;

    private final WorkbenchFixture app = new WorkbenchFixture();
    // Orders DB (tier-1, 1h target) restores in 10m and meets it; Web hard-depends on it.
    private final Plan shop = Plan.empty("Shop")
            .withServices(List.of(
                    Service.builder("db", ServiceKind.DATABASE).name("Orders DB").tier("tier-1")
                            .restoreTime(Duration.ofMinutes(10)).position(new Position(100, 100)).build(),
                    Service.builder("web", ServiceKind.APPLICATION).name("Web").tier("tier-2")
                            .restoreTime(Duration.ofMinutes(5)).position(new Position(400, 100)).build()))
            .withDependency(Dependency.hard("web", "db"));

    @Start
    void start(Stage stage) throws Exception {
        stage.setWidth(1280);
        stage.setHeight(800);
        app.start(stage, WorkbenchFixture.write(shop, Files.createTempFile(dir, "shop", PlanFiles.EXTENSION)));
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private Plan plan() {
        return app.shell.workbench().document().getPlan();
    }

    private void select(FxRobot robot, String id) {
        FxWait.waitUntil("the shop is open", () -> plan().hasService("db"));
        robot.interact(() -> app.shell.workbench().selection().selectService(id));
    }

    private static void type(FxRobot robot, String query, String text) {
        robot.clickOn(query).push(KeyCode.SHORTCUT, KeyCode.A).write(text).push(KeyCode.ENTER);
    }

    private static int findingCount(FxRobot robot) {
        return robot.lookup("#inspector-findings").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .filter(line -> line.getStyleClass().stream().anyMatch(c -> c.startsWith("finding-"))).toList().size();
    }

    /** The top of the node's layout box (a focused field's focus ring reaches beyond it). */
    private static double screenY(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node.localToScreen(node.getLayoutBounds()).getMinY();
    }

    @Test
    void theEditorsStayInPlaceWhileFindingsComeAndGo(FxRobot robot) {
        select(robot, "db");
        FxWait.waitUntil("Orders DB has a verdict",
                () -> !robot.lookup("#inspector-compliance").queryAs(Label.class).getText().isEmpty());
        int findings = findingCount(robot);
        double nameY = screenY(robot, "#inspector-name");
        // Scrolled a little, as a person is who reached for the Data fields.
        ScrollPane inspector = robot.lookup("#inspector").queryAs(ScrollPane.class);
        robot.interact(() -> inspector.setVvalue(0.1));
        FxWait.waitUntil("the inspector scrolled", () -> screenY(robot, "#inspector-name") < nameY);
        double restore = screenY(robot, "#inspector-restore");
        double rto = screenY(robot, "#inspector-rto");
        double owner = screenY(robot, "#inspector-owner");

        // 2h against a 1h target: a miss, and a finding that explains it appears.
        type(robot, "#inspector-restore", "2h");
        FxWait.waitUntil("the miss is listed among the findings", () -> findingCount(robot) > findings);

        assertEquals(restore, screenY(robot, "#inspector-restore"), 0.5);
        assertEquals(rto, screenY(robot, "#inspector-rto"), 0.5);
        assertEquals(owner, screenY(robot, "#inspector-owner"), 0.5);
        assertTrue(screenY(robot, "#inspector-findings") > screenY(robot, "#inspector-layer"),
                "the findings come after every editor");
    }

    @Test
    void anIdChangedInTheInspectorTakesTheDependenciesAlongInOneStep(FxRobot robot) {
        select(robot, "db");

        type(robot, "#inspector-id", "orders-db");

        FxWait.waitUntil("the id changed", () -> plan().hasService("orders-db"));
        assertFalse(plan().hasService("db"));
        assertTrue(plan().dependency("web", "orders-db").isPresent());
        assertEquals("Undo Change id of Orders DB to orders-db",
                app.shell.workbench().document().history().undoLabelProperty().get());
        assertEquals(Set.of("orders-db"), app.shell.workbench().selection().getServices());
        assertEquals("orders-db", robot.lookup("#inspector-id").queryAs(TextField.class).getText());

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        FxWait.waitUntil("one undo puts the old id back", () -> plan().equals(shop));
    }

    @Test
    void aTakenOrMalformedIdIsRefusedInPlace(FxRobot robot) {
        select(robot, "db");

        type(robot, "#inspector-id", "web");

        Label error = robot.lookup("#inspector-error").queryAs(Label.class);
        FxWait.waitUntil("the refusal shows", error::isVisible);
        assertEquals("'web' is already the id of Web.", error.getText());
        assertEquals(shop, plan());

        type(robot, "#inspector-id", "orders db!");

        FxWait.waitUntil("the refusal says what an id may hold",
                () -> error.getText().startsWith("An id is 1-100 letters"));
        assertEquals(shop, plan());
        assertEquals("orders db!", robot.lookup("#inspector-id").queryAs(TextField.class).getText());
    }

    @Test
    void aNewServiceTakesItsIdFromTheNameTypedForIt(FxRobot robot) {
        FxWait.waitUntil("the shop is open", () -> plan().hasService("db"));

        robot.clickOn("Insert").clickOn("Application");
        robot.clickOn("#canvas-rename").push(KeyCode.SHORTCUT, KeyCode.A).write("Payment Gateway")
                .push(KeyCode.ENTER);

        FxWait.waitUntil("the new service is named", () -> plan().hasService("payment-gateway"));
        assertEquals("Payment Gateway", plan().service("payment-gateway").orElseThrow().name());
        assertFalse(plan().hasService("application"));
        assertEquals(Set.of("payment-gateway"), app.shell.workbench().selection().getServices());
    }

    @Test
    void theStatefulDefaultFollowsAKindPickedInTheInspector(FxRobot robot) {
        select(robot, "web");
        ChoiceBox<?> stateful = robot.lookup("#inspector-stateful").queryAs(ChoiceBox.class);
        assertEquals("Default by kind (no)", shownText(stateful));

        robot.clickOn("#inspector-kind").clickOn("Database");

        FxWait.waitUntil("Web is a database",
                () -> plan().service("web").orElseThrow().kind() == ServiceKind.DATABASE);
        FxWait.waitUntil("the Stateful box reads the database's default",
                () -> "Default by kind (yes)".equals(shownText(stateful)));
    }

    @Test
    void aRefusalUnderADurationFieldIsShownWholeAboveTheNextRow(FxRobot robot) {
        select(robot, "db");

        type(robot, "#inspector-restore", "forty minutes or so");

        Label error = robot.lookup("#inspector-error").queryAs(Label.class);
        FxWait.waitUntil("the refusal shows", error::isVisible);
        FxWait.waitUntil("the refusal is laid out in full, above the Strategy row", () -> {
            var message = error.localToScreen(error.getLayoutBounds());
            Node next = robot.lookup("#inspector-strategy").query();
            return error.getHeight() >= error.prefHeight(error.getWidth()) - 0.5
                    && message.getMaxY() <= next.localToScreen(next.getLayoutBounds()).getMinY();
        });
    }

    /** What the closed choice box shows, as a person reads it. */
    private static String shownText(ChoiceBox<?> box) {
        return ((Label) box.lookup(".label")).getText();
    }
}
