package com.recoveryworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.files.PlanFiles;
import com.recoveryworkbench.ui.files.RecoveryFiles;
import com.recoveryworkbench.ui.preferences.WorkbenchPreferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the window opens when it starts without a plan file. */
@ExtendWith(ApplicationExtension.class)
class StartupTest {
    @TempDir
    static Path dir;

    private final WorkbenchFixture app = new WorkbenchFixture();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private PlanDocument document() {
        return app.shell.workbench().document();
    }

    @Test
    void theFirstStartShowsTheBundledSampleAsAnUntitledPlan(FxRobot robot) {
        robot.interact(() -> app.start(stage, null));

        FxWait.waitUntil("the sample is open", () -> document().getPlan().serviceCount() > 0);
        assertEquals("Retail platform", document().getPlan().name());
        assertNull(document().getFile(), "Save must ask where to save the sample");
        assertFalse(document().isDirty());
    }

    @Test
    void aLaterStartReopensTheLastPlan(FxRobot robot) throws Exception {
        Path last = WorkbenchFixture.write(Plan.empty("Last week's workshop"),
                Files.createTempFile(dir, "last", PlanFiles.EXTENSION));
        new WorkbenchPreferences(app.node).setLastPlan(last);

        robot.interact(() -> app.start(stage, null));

        FxWait.waitUntil("the last plan is open", () -> last.equals(document().getFile()));
        assertEquals("Last week's workshop", document().getPlan().name());
    }

    @Test
    void aLastPlanThatIsGoneGivesWayToTheSample(FxRobot robot) {
        new WorkbenchPreferences(app.node).setLastPlan(dir.resolve("deleted" + PlanFiles.EXTENSION));

        robot.interact(() -> app.start(stage, null));

        FxWait.waitUntil("the sample is open", () -> document().getPlan().serviceCount() > 0);
        assertEquals("Retail platform", document().getPlan().name());
    }

    @Test
    void anAutosavedPlanIsOfferedAndRestoredDirtyAndBoundToItsFile(FxRobot robot) throws Exception {
        Path original = WorkbenchFixture.write(Plan.empty("Retail platform"),
                Files.createTempFile(dir, "retail", PlanFiles.EXTENSION));
        Plan edited = Plan.empty("Retail platform").withDescription("edited before the crash");
        new RecoveryFiles(app.recoveryDir).write(edited, original, Instant.parse("2026-03-02T11:42:10Z"));
        app.answerRestore(true);

        robot.interact(() -> app.start(stage, null));

        FxWait.waitUntil("the recovered plan is open", () -> edited.equals(document().getPlan()));
        assertEquals(original, document().getFile());
        assertTrue(document().isDirty());
        assertTrue(app.dialogs.restoreQuestions.get(0).startsWith(
                "Recovery Workbench closed without saving 'Retail platform' — last autosaved "), app.dialogs.restoreQuestions.toString());
    }

    @Test
    void aDeclinedRecoveryIsKeptAndTheWindowStartsAsUsual(FxRobot robot) throws Exception {
        new RecoveryFiles(app.recoveryDir).write(Plan.empty("Lost work"), null, Instant.parse("2026-03-02T11:42:10Z"));
        app.answerRestore(false);

        robot.interact(() -> app.start(stage, null));

        FxWait.waitUntil("the sample is open", () -> document().getPlan().serviceCount() > 0);
        assertEquals("Retail platform", document().getPlan().name());
        assertEquals(1, new RecoveryFiles(app.recoveryDir).find().size());
    }
}
