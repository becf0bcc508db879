package com.recoveryworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.analysis.drill.Basis;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.testplans.TestPlans;
import com.recoveryworkbench.ui.drills.ResultRow;
import com.recoveryworkbench.ui.files.DrillDetails;
import com.recoveryworkbench.ui.files.PlanFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import javafx.scene.input.DataFormat;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Drills tab in the real window, on the checkout plan: Legacy DB 40m ← Auth 4m ← Checkout 8m
 * (hard dependencies), so Checkout is up at 52m planned. A person adds a drill, types Legacy DB's
 * measured time into the grid and sees Checkout's proven up time move; Undo puts it back; three rows
 * pasted from a spreadsheet land in one step.
 */
@ExtendWith(ApplicationExtension.class)
class DrillsInWindowTest {
    @TempDir
    static Path dir;

    private final WorkbenchFixture app = new WorkbenchFixture();

    @Start
    void start(Stage stage) throws Exception {
        stage.setWidth(1280);
        stage.setHeight(860);
        app.start(stage, WorkbenchFixture.write(TestPlans.checkout(), Files.createTempFile(dir, "shop",
                PlanFiles.EXTENSION)));
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private Plan plan() {
        return app.shell.workbench().document().getPlan();
    }

    private void openTheDrillsTab(FxRobot robot) {
        FxWait.waitUntil("the shop is analysed", () -> plan().name().equals("Shop")
                && app.shell.workbench().liveAnalysis().getBothBases() != null);
        robot.clickOn((Labeled tab) -> "Drills".equals(tab.getText()) && tab.getStyleClass().contains("tab-label"));
    }

    /** The text the grid shows in {@code column} of {@code service}'s row. */
    private static String cell(FxRobot robot, String service, String column) {
        return robot.lookup("#drill-results .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && column.equals(c.getTableColumn().getId())
                        && c.getTableRow() != null && c.getTableRow().getItem() instanceof ResultRow row
                        && row.service().equals(service))
                .map(TableCell::getText).findFirst().orElse(null);
    }

    /** Clicks the service's name in the grid, then walks right to the Measured column, as with a spreadsheet. */
    private static void goToMeasured(FxRobot robot, String serviceName) {
        robot.clickOn((TableCell<?, ?> c) -> serviceName.equals(c.getText()) && c.getTableColumn() != null
                && "results-service".equals(c.getTableColumn().getId()));
        robot.type(KeyCode.RIGHT, 6);
    }

    private Duration checkoutUpOnTheMap() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> app.shell.workbench().liveAnalysis().getAnalysis().result("checkout")
                .orElseThrow().up()).get();
    }

    private Verdict shownVerdict(String serviceId) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> app.shell.workbench().liveAnalysis().getAnalysis().result(serviceId)
                .orElseThrow().verdict()).get();
    }

    private Drill onlyDrill() {
        assertEquals(1, plan().drills().size());
        return plan().drills().get(0);
    }

    @Test
    void aMeasuredTimeTypedInTheGridMovesADependentsProvenUpTimeAndUndoPutsItBack(FxRobot robot) throws Exception {
        openTheDrillsTab(robot);
        robot.clickOn("#drills-add");
        FxWait.waitUntil("the grid shows the new drill", () -> "52m".equals(cell(robot, "checkout", "results-proven-up")));
        assertEquals(LocalDate.now(ZoneId.systemDefault()), onlyDrill().date());

        goToMeasured(robot, "Legacy DB");
        robot.type(KeyCode.ENTER).write("55m").type(KeyCode.ENTER);

        FxWait.waitUntil("Checkout is proven up at 55m + 4m + 8m",
                () -> "1h7m".equals(cell(robot, "checkout", "results-proven-up")));
        assertEquals("52m", cell(robot, "checkout", "results-planned-up"));
        assertEquals("40m", cell(robot, "legacy-db", "results-claimed"));
        DrillResult entered = onlyDrill().result("legacy-db").orElseThrow();
        assertEquals(Duration.ofMinutes(55), entered.measured());
        assertEquals(DrillOutcome.RECOVERED, entered.outcome());
        WaitForAsyncUtils.asyncFx(() -> app.shell.workbench().basisProperty().set(Basis.PROVEN)).get();
        assertEquals(Duration.ofMinutes(67), checkoutUpOnTheMap(), "the map in Proven mode shows the measured chain");
        assertEquals(Verdict.AT_RISK, shownVerdict("auth"), "Auth proven up at 59m has 1m of its 1h target left");
        WaitForAsyncUtils.asyncFx(() -> app.shell.workbench().basisProperty().set(Basis.PLANNED)).get();
        assertEquals(Verdict.MEETS, shownVerdict("auth"), "Auth planned up at 44m has 16m of its 1h target left");

        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);

        FxWait.waitUntil("Undo puts Checkout back at 52m", () -> "52m".equals(cell(robot, "checkout", "results-proven-up")));
        assertTrue(onlyDrill().results().isEmpty());
    }

    @Test
    void aZeroTimeIsRefusedUnderTheGridAndChangesNothing(FxRobot robot) {
        openTheDrillsTab(robot);
        robot.clickOn("#drills-add");
        FxWait.waitUntil("the grid shows the new drill", () -> cell(robot, "auth", "results-measured") != null);
        Plan before = plan();

        goToMeasured(robot, "Auth");
        robot.type(KeyCode.ENTER).write("0m").type(KeyCode.ENTER);

        FxWait.waitUntil("the refusal shows", () -> robot.lookup("#drill-results-message").queryLabeled().getText()
                .startsWith("Auth, Measured: '0m' is no time at all"));
        assertEquals(before, plan());
        assertEquals("", cell(robot, "auth", "results-measured"));
    }

    @Test
    void threeRowsPastedFromASpreadsheetLandInOneStep(FxRobot robot) throws Exception {
        openTheDrillsTab(robot);
        robot.clickOn("#drills-add");
        FxWait.waitUntil("the grid shows the new drill", () -> cell(robot, "auth", "results-measured") != null);
        WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().setContent(Map.of(
                DataFormat.PLAIN_TEXT, "5m\t\trecovered\n12m\t\tpartial\tslow start\n\t\tfailed\tkeys missing\n")))
                .get();
        long revision = app.shell.workbench().document().getRevision();

        // Auth's measured cell, then down: Auth, Catalog, Checkout (the grid lists services by id).
        goToMeasured(robot, "Auth");
        robot.press(KeyCode.SHORTCUT, KeyCode.V).release(KeyCode.V, KeyCode.SHORTCUT);

        FxWait.waitUntil("three results", () -> onlyDrill().results().size() == 3);
        Drill drill = onlyDrill();
        assertEquals(Duration.ofMinutes(5), drill.result("auth").orElseThrow().measured());
        assertEquals(DrillOutcome.PARTIAL, drill.result("catalog").orElseThrow().outcome());
        assertEquals("slow start", drill.result("catalog").orElseThrow().notes());
        assertEquals(DrillOutcome.FAILED, drill.result("checkout").orElseThrow().outcome());
        assertNull(drill.result("checkout").orElseThrow().measured());
        assertEquals(revision + 1, app.shell.workbench().document().getRevision(), "one undoable step");
        FxWait.waitUntil("the grid shows them", () -> "failed".equals(cell(robot, "checkout", "results-outcome")));
    }

    @Test
    void fileImportDrillResultsAddsTheSheetAsADrillAndShowsItInTheTab(FxRobot robot) throws Exception {
        openTheDrillsTab(robot);
        Path sheet = Files.writeString(dir.resolve("autumn-results.csv"),
                "id,measured,outcome,notes\nlegacy-db,55m,recovered,tape was slow\ncheckout,,failed,keys missing\n");
        app.dialogs.files.add(sheet);
        app.dialogs.drillDetailsAnswers.add(Optional.of(new DrillDetails(LocalDate.of(2026, 10, 3), "Autumn test",
                "total")));

        robot.clickOn("File").clickOn("#menu-import-drill");

        FxWait.waitUntil("the drill is added", () -> plan().drill("2026-10-03").isPresent());
        FxWait.waitUntil("the tab shows its results", () -> "failed".equals(cell(robot, "checkout", "results-outcome"))
                && "55m".equals(cell(robot, "legacy-db", "results-measured")));
        assertEquals("Autumn test", robot.lookup("#drill-name").queryTextInputControl().getText());
        assertEquals(1, plan().drills().size());
        assertTrue(app.dialogs.errors.isEmpty(), String.valueOf(app.dialogs.errors));
    }
}
