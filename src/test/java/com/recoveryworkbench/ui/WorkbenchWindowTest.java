package com.recoveryworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.files.Dialogs.UnsavedChoice;
import com.recoveryworkbench.ui.files.PlanFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window driven as a person would: menus, shortcuts, files, prompts and the error dialog. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {
    @TempDir
    static Path dir;

    private final WorkbenchFixture app = new WorkbenchFixture();
    private Stage stage;
    private Path shopFile;
    private final Plan shop = Plan.empty("Shop")
            .withServices(List.of(
                    Service.builder("web", ServiceKind.APPLICATION).restoreTime(Duration.ofMinutes(5)).position(80, 80)
                            .build(),
                    Service.builder("db", ServiceKind.DATABASE).restoreTime(Duration.ofMinutes(40)).position(80, 260)
                            .build()))
            .withDependency(Dependency.hard("web", "db"));

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        shopFile = WorkbenchFixture.write(shop, Files.createTempFile(dir, "shop", PlanFiles.EXTENSION));
        app.start(stage, shopFile);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private Plan plan() {
        return app.shell.workbench().document().getPlan();
    }

    private void waitForShop() {
        FxWait.waitUntil("the shop plan is open", () -> plan().equals(shop));
    }

    @Test
    void theTitleNamesThePlanAndItsFileAndMarksUnsavedChanges(FxRobot robot) {
        waitForShop();
        assertEquals("Shop — " + shopFile.getFileName() + " — Recovery Workbench", stage.getTitle());

        // A new service opens its name for editing; Enter keeps the suggested name.
        robot.clickOn("Insert").clickOn("Database").push(KeyCode.ENTER);

        FxWait.waitUntil("the title shows unsaved changes", () -> stage.getTitle().contains("•"));
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        FxWait.waitUntil("undo went back to the saved plan", () -> plan().equals(shop));
        assertFalse(stage.getTitle().contains("•"));
        robot.push(KeyCode.SHORTCUT, KeyCode.Y);
        FxWait.waitUntil("redo added the database again", () -> plan().serviceCount() == 3);
    }

    @Test
    void theStatusBarSummarisesTheNewestAnalysis(FxRobot robot) {
        waitForShop();
        StatusBar status = robot.lookup("#statusBar").queryAs(StatusBar.class);

        // The database keeps no copy of its data (RPO unbounded): the one miss. Web is up at 40m + 5m.
        FxWait.waitUntil("the summary is shown",
                () -> status.getText().startsWith("2 services · 1 miss · makespan 45m · analysed in "));
    }

    @Test
    void aMalformedFileShowsTheErrorWithLineAndColumnAndTheOpenPlanStays(FxRobot robot) throws Exception {
        waitForShop();
        Plan before = plan();
        Path bad = dir.resolve("bad" + PlanFiles.EXTENSION);
        Files.writeString(bad, "{\n  \"format\": \"recovery-workbench-plan\",\n  \"schemaVersion\": 1,\n  \"name\": ,\n}\n");
        app.dialogs.files.add(bad);

        robot.clickOn("File").clickOn("Open…");

        FxWait.waitUntil("the error dialog is shown", () -> robot.lookup("#errorDialog").tryQuery().isPresent());
        DialogPane error = robot.lookup("#errorDialog").queryAs(DialogPane.class);
        assertTrue(error.getContentText().matches("(?s)" + Pattern.quote(bad.toString()) + ":4:\\d+: .*"),
                error.getContentText());
        assertSame(before, plan());
        assertEquals(shopFile, app.shell.workbench().document().getFile());
        robot.clickOn("OK");
    }

    @Test
    void copyAndPasteWithTheKeyboardAddsASelectedCopy(FxRobot robot) {
        waitForShop();
        robot.clickOn(app.centreOf(plan().service("web").orElseThrow()));
        robot.press(KeyCode.SHIFT).clickOn(app.centreOf(plan().service("db").orElseThrow())).release(KeyCode.SHIFT);
        assertEquals(java.util.Set.of("web", "db"), app.shell.workbench().selection().getServices());

        robot.push(KeyCode.SHORTCUT, KeyCode.C).push(KeyCode.SHORTCUT, KeyCode.V);

        FxWait.waitUntil("the copies are pasted", () -> plan().serviceCount() == 4);
        assertEquals(java.util.Set.of("web-2", "db-2"), app.shell.workbench().selection().getServices());
        assertTrue(plan().dependency("web-2", "db-2").isPresent());
        assertEquals("Undo Paste 2 services", app.shell.workbench().document().history().undoLabelProperty().get());
    }

    @Test
    void pinningTheSelectionWithTheKeyboardIsOneStepAndUnpinFromTheMenuTakesItBack(FxRobot robot) {
        waitForShop();
        robot.clickOn(app.centreOf(plan().service("web").orElseThrow()));
        robot.press(KeyCode.SHIFT).clickOn(app.centreOf(plan().service("db").orElseThrow())).release(KeyCode.SHIFT);

        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.P);

        FxWait.waitUntil("both are pinned", () -> plan().services().stream().allMatch(Service::pinned));
        assertEquals("Undo Pin 2 services", app.shell.workbench().document().history().undoLabelProperty().get());
        robot.clickOn("Edit").clickOn("Unpin");
        FxWait.waitUntil("both are free", () -> plan().services().stream().noneMatch(Service::pinned));
    }

    @Test
    void hidingThePanelsLeavesTheWholeWindowToTheMapUntilTheyAreShownAgain(FxRobot robot) {
        robot.clickOn("View").clickOn("Show Panels");
        FxWait.waitUntil("the panels are hidden", () -> robot.lookup("#sidePanels").tryQuery().isEmpty()
                && robot.lookup("#bottomPanels").tryQuery().isEmpty());

        robot.clickOn("View").clickOn("Show Panels");
        FxWait.waitUntil("the panels are back", () -> robot.lookup("#sidePanels").tryQuery().isPresent()
                && robot.lookup("#complianceTable").tryQuery().isPresent());
    }

    @Test
    void theShortcutTableListsTheMenuShortcuts(FxRobot robot) {
        robot.clickOn("Help").clickOn("Keyboard Shortcuts");

        FxWait.waitUntil("the table is shown", () -> robot.lookup("#shortcutsDialog").tryQuery().isPresent());
        List<String> texts = robot.lookup("#shortcutsDialog .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getText).toList();
        assertTrue(texts.contains("Save As…"), texts.toString());
        assertTrue(texts.contains(KeyCombination.keyCombination("Shortcut+Shift+S").getDisplayText()), texts.toString());
        assertTrue(texts.contains("Redo"), texts.toString());
        robot.clickOn("OK");
    }

    @Test
    void everyToolbarControlExplainsItselfInATooltipAndAGlyphAloneHasAnAccessibleName(FxRobot robot) {
        List<Control> controls = robot.lookup(".tool-bar").queryAllAs(ToolBar.class).stream()
                .flatMap(toolBar -> toolBar.getItems().stream())
                .flatMap(item -> item instanceof Parent group && !(item instanceof Control)
                        ? group.getChildrenUnmodifiable().stream() : java.util.stream.Stream.of(item))
                .filter(node -> node instanceof ButtonBase)
                .map(Control.class::cast)
                .toList();

        assertTrue(controls.size() >= 15, "toolbar controls: " + controls);
        for (Control control : controls) {
            assertTrue(control.getTooltip() != null && !control.getTooltip().getText().isBlank(),
                    control.getId() + " has no tooltip");
            boolean glyphOnly = ((ButtonBase) control).getText().chars().noneMatch(Character::isLetter);
            assertTrue(!glyphOnly || (control.getAccessibleText() != null && !control.getAccessibleText().isBlank()),
                    control.getId() + " shows a glyph alone and has no accessible text");
        }
    }

    @Test
    void cancellingTheUnsavedChangesPromptOnCloseKeepsTheWindow(FxRobot robot) {
        waitForShop();
        robot.clickOn("Insert").clickOn("Application").push(KeyCode.ENTER);
        app.dialogs.unsavedAnswers.add(UnsavedChoice.CANCEL);

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertEquals(1, app.dialogs.unsavedPrompts);
        assertTrue(stage.isShowing());
        assertFalse(app.quit);
        assertEquals(3, plan().serviceCount());
    }

    @Test
    void aPlanSavedUnderANewNameOpensAgainAsTheSamePlan(FxRobot robot) {
        waitForShop();
        robot.clickOn("Insert").clickOn("Queue").push(KeyCode.ENTER);
        Plan edited = plan();
        app.dialogs.files.add(dir.resolve("copy"));

        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.S);
        Path saved = dir.resolve("copy" + PlanFiles.EXTENSION);
        FxWait.waitUntil("the plan is saved", () -> !app.shell.workbench().document().isDirty());
        assertEquals(saved, app.shell.workbench().document().getFile());

        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        FxWait.waitUntil("an empty plan is open", () -> plan().serviceCount() == 0);
        app.dialogs.files.add(saved);
        robot.push(KeyCode.SHORTCUT, KeyCode.O);

        FxWait.waitUntil("the saved plan is open again", () -> plan().equals(edited));
        assertEquals("Shop — copy.rplan.json — Recovery Workbench", stage.getTitle());
    }
}
