package com.recoveryworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.drill.Basis;
import com.recoveryworkbench.analysis.drill.ProvenAnalyzer;
import com.recoveryworkbench.analysis.drill.ProvenResult;
import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.ui.compliance.ComplianceRow;
import com.recoveryworkbench.ui.files.PlanFiles;
import com.recoveryworkbench.ui.form.Formats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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
 * The Planned | Proven switch in the real window with the retail sample, whose drills measured the
 * legacy order DB slower than planned: switching to Proven shows Checkout's proven up time in the
 * compliance table, with the planned one beside it, and says "Proven" in the title; switching back
 * shows the planned times again. A plan without drills greys the switch out.
 */
@ExtendWith(ApplicationExtension.class)
class ProvenInWindowTest {
    private static final Path RETAIL = Path.of("assets/samples/retail.rplan.json");

    @TempDir
    static Path dir;

    private final WorkbenchFixture app = new WorkbenchFixture();
    /** Checkout as the drills prove it; up times do not depend on the day evidence is judged. */
    private ProvenResult checkout;

    @Start
    void start(Stage stage) throws Exception {
        stage.setWidth(1280);
        stage.setHeight(860);
        Path copy = Files.copy(RETAIL, dir.resolve("retail" + PlanFiles.EXTENSION), StandardCopyOption.REPLACE_EXISTING);
        Plan plan = new PlanReader().read(copy).plan();
        checkout = new ProvenAnalyzer().analyze(plan, LocalDate.of(2026, 12, 1)).result("checkout").orElseThrow();
        app.start(stage, copy);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private void waitUntilOpen() {
        FxWait.waitUntil("the retail sample is analysed on both bases",
                () -> app.shell.workbench().liveAnalysis().getBothBases() != null
                        && app.shell.workbench().document().getPlan().hasService("checkout")
                        && app.shell.workbench().liveAnalysis().getAnalysis().result("checkout").isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text of Checkout's cell in the column titled {@code title}, as the table shows it; empty when hidden. */
    @SuppressWarnings("unchecked")
    private static Optional<String> checkoutCell(FxRobot robot, String title) {
        TableView<ComplianceRow> table = robot.lookup("#complianceTable").queryAs(TableView.class);
        TableColumn<ComplianceRow, ?> column = table.getColumns().stream().filter(c -> c.getText().equals(title))
                .findFirst().orElseThrow();
        if (!column.isVisible()) {
            return Optional.empty();
        }
        return robot.lookup("#complianceTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> cell.getTableColumn() == column && cell.getTableRow() != null
                        && cell.getTableRow().getItem() instanceof ComplianceRow row && row.id().equals("checkout"))
                .map(Labeled::getText).findFirst();
    }

    @Test
    void switchingToProvenShowsCheckoutsMeasuredUpTimeAndBack(FxRobot robot) {
        waitUntilOpen();
        String planned = Formats.duration(checkout.plannedUp());
        String proven = Formats.duration(checkout.provenUp());
        assertNotEquals(planned, proven, "the sample's drills change Checkout's up time");
        FxWait.waitUntil("the table shows Checkout's planned up time",
                () -> Optional.of(planned).equals(checkoutCell(robot, "Up")));
        assertEquals(Optional.empty(), checkoutCell(robot, "Planned up"), "no planned column while planned");
        Node provenButton = robot.lookup("#basis-switch-proven").query();
        assertFalse(provenButton.isDisabled());

        robot.clickOn("#basis-switch-proven");

        assertEquals(Basis.PROVEN, app.shell.workbench().basisProperty().get());
        FxWait.waitUntil("the table shows Checkout's proven up time with the planned one beside it",
                () -> Optional.of(proven).equals(checkoutCell(robot, "Up"))
                        && Optional.of(planned).equals(checkoutCell(robot, "Planned up")));
        assertEquals(checkout.provenUp(), app.shell.workbench().liveAnalysis().getAnalysis().result("checkout")
                .orElseThrow().up(), "the analysis every view reads, the map's cards included, is the proven one");
        assertTrue(((Stage) provenButton.getScene().getWindow()).getTitle().contains("— Proven —"));
        assertTrue(robot.lookup("#basisBadge").query().isVisible());

        robot.clickOn("#canvas").push(KeyCode.SHORTCUT, KeyCode.B);

        FxWait.waitUntil("the table shows the planned time again",
                () -> Optional.of(planned).equals(checkoutCell(robot, "Up")));
        assertEquals(Basis.PLANNED, app.shell.workbench().basisProperty().get());
        assertFalse(robot.lookup("#basisBadge").query().isVisible());
    }

    @Test
    void aPlanWithoutDrillsGreysTheSwitchOut(FxRobot robot) throws Exception {
        waitUntilOpen();
        FxWait.onFx(() -> app.shell.workbench().document().apply("Delete drills", p -> p.withDrills(List.of())));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#basis-switch-proven").query().isDisabled());
        assertEquals(Basis.PLANNED, app.shell.workbench().basisProperty().get());
    }
}
