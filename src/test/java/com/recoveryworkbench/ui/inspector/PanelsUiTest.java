package com.recoveryworkbench.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.testplans.TestPlans;
import com.recoveryworkbench.ui.SameThreadWorkbench;
import com.recoveryworkbench.ui.compliance.ComplianceRow;
import com.recoveryworkbench.ui.compliance.ComplianceTableView;
import com.recoveryworkbench.ui.findings.FindingsView;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The inspector, the compliance table and the findings mounted on one workbench, driven as a person would. */
@ExtendWith(ApplicationExtension.class)
class PanelsUiTest {
    private WorkbenchState workbench;

    @Start
    void start(Stage stage) {
        workbench = SameThreadWorkbench.of(TestPlans.checkout());
        Node inspector = new InspectorView(workbench).node();
        Node table = new ComplianceTableView(workbench).node();
        Node findings = new FindingsView(workbench).node();
        VBox right = new VBox(table, findings);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox root = new HBox(inspector, right);
        HBox.setHgrow(right, Priority.ALWAYS);
        stage.setScene(new Scene(root, 1200, 760));
        stage.show();
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }

    private static boolean tableShows(FxRobot robot, String text) {
        return robot.lookup("#complianceTable .table-cell").queryAllAs(TableCell.class).stream()
                .anyMatch(cell -> text.equals(cell.getText()));
    }

    @Test
    void aRestoreTimeTypedInTheInspectorChangesThePlanAndTheTable(FxRobot robot) {
        robot.interact(() -> workbench.selection().selectService("legacy-db"));
        assertTrue(tableShows(robot, "52m"));

        replaceText(robot, "#inspector-restore", "50m");

        // Legacy DB 50m, then Auth 4m, then Checkout 8m: Checkout is up at 1h2m.
        assertEquals(Duration.ofMinutes(50), workbench.document().getPlan().service("legacy-db").orElseThrow().restoreTime());
        assertEquals("Undo Set restore time of Legacy DB to 50m",
                workbench.document().history().undoLabelProperty().get());
        assertTrue(tableShows(robot, "1h2m"));
        assertFalse(tableShows(robot, "52m"));
    }

    @Test
    void thePinnedBoxAndTheLayerFieldOfTheInspectorSetTheLayoutHints(FxRobot robot) {
        robot.interact(() -> workbench.selection().selectService("legacy-db"));
        CheckBox pinned = robot.lookup("#inspector-pinned").queryAs(CheckBox.class);

        TextField layer = robot.lookup("#inspector-layer").queryAs(TextField.class);
        // The Layout section is the last one: scroll the inspector down to it, as a person would.
        robot.interact(() -> {
            for (Node n = layer; n != null; n = n.getParent()) {
                if (n instanceof ScrollPane scroll) {
                    scroll.setVvalue(scroll.getVmax());
                }
            }
        });
        robot.clickOn("#inspector-pinned");
        replaceText(robot, "#inspector-layer", "2");

        Plan plan = workbench.document().getPlan();
        assertTrue(plan.service("legacy-db").orElseThrow().pinned());
        assertEquals(2, plan.service("legacy-db").orElseThrow().layer());
        robot.interact(() -> workbench.selection().selectService("auth"));
        assertFalse(pinned.isSelected());
        assertEquals("", layer.getText());
    }

    @Test
    void garbageInTheInspectorIsRefusedInPlace(FxRobot robot) {
        robot.interact(() -> workbench.selection().selectService("legacy-db"));
        Plan before = workbench.document().getPlan();

        replaceText(robot, "#inspector-restore", "40 mins");

        Label error = robot.lookup("#inspector-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("'40 mins' is not a duration: write minutes (40), a compact form (1h30m, 9m11s) or ISO-8601 (PT20M)",
                error.getText());
        assertTrue(robot.lookup("#inspector-restore").query().getStyleClass().contains("field-error"));
        assertSame(before, workbench.document().getPlan());
    }

    @Test
    void undoKeysInACommittedFieldUndoThePlanWhileTypingTheyStayWithTheField(FxRobot robot) {
        robot.interact(() -> workbench.selection().selectService("legacy-db"));
        replaceText(robot, "#inspector-restore", "50m");
        TextField restore = robot.lookup("#inspector-restore").queryAs(TextField.class);
        assertTrue(restore.isFocused());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(Duration.ofMinutes(40), restoreTime("legacy-db"));
        assertEquals("40m", restore.getText());
        assertTrue(restore.isFocused());

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        assertEquals(Duration.ofMinutes(50), restoreTime("legacy-db"));

        // Typed but not committed: Ctrl+Z is the field's own text undo; the plan keeps 50m.
        robot.write("5");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(Duration.ofMinutes(50), restoreTime("legacy-db"));
        assertEquals("Undo Set restore time of Legacy DB to 50m",
                workbench.document().history().undoLabelProperty().get());
    }

    private Duration restoreTime(String id) {
        return workbench.document().getPlan().service(id).orElseThrow().restoreTime();
    }

    @Test
    void theFindingsLabelStandsBesideTheFirstFindingWhichIsTheError(FxRobot robot) {
        robot.interact(() -> workbench.selection().selectService("checkout"));

        VBox findings = robot.lookup("#inspector-findings").queryAs(VBox.class);
        Node first = findings.getChildren().get(0);
        Label label = robot.lookup("#inspector .label").lookup((Label l) -> "Findings".equals(l.getText()))
                .queryAs(Label.class);
        double labelTop = label.localToScene(label.getBoundsInLocal()).getMinY();
        double firstTop = first.localToScene(first.getBoundsInLocal()).getMinY();
        double lastTop = findings.localToScene(findings.getBoundsInLocal()).getMaxY();
        assertTrue(lastTop - firstTop > 30, "the findings take more than one line");
        assertTrue(Math.abs(labelTop - firstTop) < 4, "label at " + labelTop + ", first finding at " + firstTop);
        assertTrue(first.getStyleClass().contains("finding-error"));
        assertEquals("✖", robot.from(first).lookup(".label").queryAs(Label.class).getText());
    }

    @Test
    void clickingAFindingSelectsItsServices(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<Finding> list = robot.lookup("#findingsList").queryAs(ListView.class);
        Finding first = list.getItems().get(0);

        robot.clickOn(robot.lookup("#findingsList .list-cell").nth(0).queryAs(Node.class));

        assertEquals(Set.copyOf(first.services()), workbench.selection().getServices());
    }

    @Test
    void tableRowsAndTheSelectionFollowEachOther(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<ComplianceRow> table = robot.lookup("#complianceTable").queryAs(TableView.class);

        robot.clickOn(robot.lookup("#complianceTable .table-cell").lookup((TableCell<?, ?> cell) ->
                "Catalog".equals(cell.getText())).queryAs(Node.class));
        assertEquals(Set.of("catalog"), workbench.selection().getServices());

        robot.interact(() -> workbench.selection().selectServices(List.of("auth", "checkout")));
        assertEquals(Set.of("auth", "checkout"), Set.copyOf(table.getSelectionModel().getSelectedItems().stream()
                .map(ComplianceRow::id).toList()));
        assertEquals(Set.of("auth", "checkout"), workbench.selection().getServices());
    }

    @Test
    void aNewAnalysisKeepsTheSortOrder(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<ComplianceRow> table = robot.lookup("#complianceTable").queryAs(TableView.class);
        robot.clickOn(robot.lookup(".column-header .label").lookup((Label label) -> "Up".equals(label.getText()))
                .queryAs(Node.class));
        // Up times: Catalog 10m, Legacy DB 40m, Auth 44m, Checkout 52m.
        assertEquals(List.of("catalog", "legacy-db", "auth", "checkout"), ids(table));

        robot.interact(() -> workbench.document().apply("Slow catalog", plan -> plan.withService(
                plan.service("catalog").orElseThrow().toBuilder().restoreTime(Duration.ofHours(1)).build())));

        assertEquals(List.of("legacy-db", "auth", "checkout", "catalog"), ids(table));
        assertEquals("Up", table.getSortOrder().get(0).getText());
    }

    @Test
    void aRefreshedRowStaysSelectedWhileTheTableHasFocus(FxRobot robot) {
        robot.clickOn(robot.lookup("#complianceTable .table-cell").lookup((TableCell<?, ?> cell) ->
                "Catalog".equals(cell.getText())).queryAs(Node.class));

        robot.interact(() -> workbench.document().apply("Slow catalog", plan -> plan.withService(
                plan.service("catalog").orElseThrow().toBuilder().restoreTime(Duration.ofMinutes(30)).build())));

        assertEquals(Set.of("catalog"), workbench.selection().getServices());
    }

    private static List<String> ids(TableView<ComplianceRow> table) {
        return table.getItems().stream().map(ComplianceRow::id).toList();
    }
}
