package com.recoveryworkbench.ui;

import com.recoveryworkbench.ui.files.SamplePlans;
import com.recoveryworkbench.ui.menus.GettingStarted;
import com.recoveryworkbench.ui.files.PlanFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The first minutes in the real window, starting from an empty plan: what the table says, the way to
 * Getting Started and to the samples, counts in words, whole column headers in every theme.
 */
@ExtendWith(ApplicationExtension.class)
class EmptyPlanInWindowTest {
    @TempDir
    static Path dir;

    private final WorkbenchFixture app = new WorkbenchFixture();

    @Start
    void start(Stage stage) throws Exception {
        stage.setWidth(1280);
        stage.setHeight(800);
        app.start(stage, WorkbenchFixture.write(Plan.empty("Workshop"),
                Files.createTempFile(dir, "workshop", PlanFiles.EXTENSION)));
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private Plan plan() {
        return app.shell.workbench().document().getPlan();
    }

    private void waitForWorkshop() {
        FxWait.waitUntil("the workshop plan is open", () -> plan().name().equals("Workshop"));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void anEmptyPlanSaysItHasNoServicesYetAndOneServiceIsSingular(FxRobot robot) {
        waitForWorkshop();
        assertEquals("No services yet", text(robot, "#complianceEmpty"));

        robot.interact(() -> app.shell.workbench().document().apply("Add web",
                p -> p.withService(Service.builder("web", ServiceKind.APPLICATION).name("Web").build())));

        FxWait.waitUntil("the table counts one service",
                () -> robot.lookup((Label l) -> "1 service".equals(l.getText())).tryQuery().isPresent());
        robot.clickOn("#complianceFilter").write("nothing like it");
        assertEquals("No services match", text(robot, "#complianceEmpty"));
    }

    @Test
    void gettingStartedOpensFromTheEmptyMapAndFromHelp(FxRobot robot) {
        waitForWorkshop();

        robot.clickOn("#emptyGettingStarted");
        FxWait.waitUntil("the guide shows", () -> robot.lookup("#gettingStartedDialog").tryQuery().isPresent());
        for (GettingStarted.Step step : GettingStarted.STEPS) {
            assertTrue(robot.lookup((Label l) -> step.title().equals(l.getText())).tryQuery().isPresent(), step.title());
        }
        robot.clickOn("OK");
        FxWait.waitUntil("the guide closed", () -> robot.lookup("#gettingStartedDialog").tryQuery().isEmpty());

        robot.clickOn("Help").clickOn("Getting Started");
        FxWait.waitUntil("the guide shows again",
                () -> robot.lookup("#gettingStartedDialog").tryQuery().isPresent());
        robot.clickOn("OK");
    }

    @Test
    void fileOpenSampleOpensAShippedSampleAsAnUntitledPlan(FxRobot robot) {
        waitForWorkshop();

        robot.clickOn("File").clickOn("Open Sample");
        // The first sample sits level with "Open Sample": the pointer reaches it without crossing other items.
        robot.clickOn((Labeled item) -> item.getScene() != null && SamplePlans.ALL.get(0).title().equals(item.getText()));

        FxWait.waitUntil("the small SaaS sample is open", () -> plan().name().equals("Small SaaS"));
        assertEquals(null, app.shell.workbench().document().getFile(), "saving a sample asks where");
        assertTrue(plan().serviceCount() > 0);
    }

    @Test
    void theEmptyMapLinksToASample(FxRobot robot) {
        waitForWorkshop();

        robot.clickOn("#emptyOpenSample");

        FxWait.waitUntil("a sample is open", () -> plan().serviceCount() > 0);
        FxWait.waitUntil("the links go with the empty map",
                () -> !robot.lookup("#emptyLinks").query().isVisible());
    }

    @Test
    void theHighContrastHeadersAndValuesAreNotCut(FxRobot robot) {
        waitForWorkshop();
        // A long value, as in the two-region sample: tier-3 (1d) up after 6h55m, a slack of +17h5m.
        robot.interact(() -> app.shell.workbench().document().apply("Add report",
                p -> p.withService(Service.builder("report", ServiceKind.APPLICATION).name("Report").tier("tier-3")
                        .restoreTime(java.time.Duration.ofMinutes(415)).build())));
        robot.clickOn("View").clickOn("Theme").clickOn("High Contrast");
        FxWait.waitUntil("the high-contrast theme is on", () -> robot.lookup("#complianceTable").query()
                .getScene().getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("theme-high-contrast.css")));

        FxWait.waitUntil("every header and cell of the table shows its whole text", () -> {
            List<Text> shown = robot.lookup("#complianceTable .column-header .label .text").queryAllAs(Text.class)
                    .stream().toList();
            List<Text> cells = robot.lookup("#complianceTable .table-cell .text").queryAllAs(Text.class)
                    .stream().toList();
            // The theme's 15 px font has reached the table: its layout is the high-contrast one.
            return !shown.isEmpty() && shown.get(0).getFont().getSize() == 15 && cells.stream().anyMatch(t -> t.getText().startsWith("+17h"))
                    && shown.stream().noneMatch(t -> t.getText().endsWith("…"))
                    && cells.stream().noneMatch(t -> t.getText().endsWith("…"));
        });
    }
}
