package com.recoveryworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.canvas.ChangeMarks;
import com.recoveryworkbench.ui.files.PlanFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File ▸ Compare with… in the real window: the diff report, kept up to date while the plan is edited. */
@ExtendWith(ApplicationExtension.class)
class CompareWithTest {
    @TempDir
    static Path dir;

    private final WorkbenchFixture app = new WorkbenchFixture();
    private final Plan older = Plan.empty("Shop")
            .withServices(List.of(
                    Service.builder("web", ServiceKind.APPLICATION).restoreTime(Duration.ofMinutes(5)).build(),
                    Service.builder("db", ServiceKind.DATABASE).name("Orders DB").restoreTime(Duration.ofMinutes(20))
                            .build()))
            .withDependency(Dependency.hard("web", "db"));
    private final Plan current = older.withService(older.service("db").orElseThrow().toBuilder()
            .restoreTime(Duration.ofMinutes(40)).build());
    private Path olderFile;

    @Start
    void start(Stage stage) throws Exception {
        olderFile = WorkbenchFixture.write(older, Files.createTempFile(dir, "shop-v1", PlanFiles.EXTENSION));
        Path currentFile = WorkbenchFixture.write(current, Files.createTempFile(dir, "shop-v2", PlanFiles.EXTENSION));
        app.start(stage, currentFile);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private String report(FxRobot robot) {
        return robot.lookup("#comparisonReport").tryQueryAs(TextArea.class).map(TextArea::getText).orElse("");
    }

    @Test
    void theReportShowsTheChangeAndItsEffectAndFollowsEdits(FxRobot robot) {
        FxWait.waitUntil("the plan is open", () -> app.shell.workbench().document().getPlan().equals(current));
        app.dialogs.files.add(olderFile);

        robot.clickOn("File").clickOn("Compare with…");

        FxWait.waitUntil("the report shows the longer restore of the database",
                () -> report(robot).contains("~ db (Orders DB)\n      restoreTime: 20m → 40m"));
        assertTrue(report(robot).contains("Recovery effect"), report(robot));

        robot.interact(() -> app.shell.workbench().document().apply("Add cache",
                p -> p.withService(Service.builder("cache", ServiceKind.CACHE).build())));

        FxWait.waitUntil("the report lists the service added since",
                () -> report(robot).contains("+ cache"));
        ChangeMarks marks = app.shell.canvas().changeMarksProperty().get();
        assertEquals(new ChangeMarks(Set.of("cache"), Set.of("db"), List.of()), marks);

        robot.clickOn("Close");

        FxWait.waitUntil("the marks go with the comparison window",
                () -> app.shell.canvas().changeMarksProperty().get() == null);
    }

    @Test
    void swapReadsAColleaguesNewerCopyTheRightWayRoundAndTheHeadingSaysWhichIsOlder(FxRobot robot) throws Exception {
        FxWait.waitUntil("the plan is open", () -> app.shell.workbench().document().getPlan().equals(current));
        Plan newer = current.withService(current.service("db").orElseThrow().toBuilder()
                .restoreTime(Duration.ofMinutes(50)).build());
        Path newerFile = WorkbenchFixture.write(newer, dir.resolve("shop-v3" + PlanFiles.EXTENSION));
        app.dialogs.files.add(newerFile);
        robot.clickOn("File").clickOn("Compare with…");
        FxWait.waitUntil("the report first takes the file as the older version",
                () -> report(robot).contains("restoreTime: 50m → 40m"));
        assertTrue(heading(robot).startsWith("Changes from shop-v3.rplan.json (older) → the open plan \"Shop\" (newer)"),
                heading(robot));

        robot.clickOn("#comparisonSwap");

        FxWait.waitUntil("the report reads from the open plan to the newer copy",
                () -> report(robot).contains("restoreTime: 40m → 50m"));
        assertEquals("Changes from the open plan \"Shop\" (older) → shop-v3.rplan.json (newer)", heading(robot));
        assertEquals(null, app.shell.canvas().changeMarksProperty().get(),
                "the marks would describe the file's cards, which the map does not show");
    }

    private static String heading(FxRobot robot) {
        return robot.lookup("#comparisonHeading").queryAs(javafx.scene.control.Label.class).getText();
    }

    @Test
    void aFileThatCannotBeReadIsReportedAndNoWindowOpens(FxRobot robot) throws Exception {
        FxWait.waitUntil("the plan is open", () -> app.shell.workbench().document().getPlan().equals(current));
        Path broken = Files.writeString(dir.resolve("broken" + PlanFiles.EXTENSION), "{ \"format\": ");
        app.dialogs.files.add(broken);

        robot.clickOn("File").clickOn("Compare with…");

        FxWait.waitUntil("the error is shown", () -> !app.dialogs.errors.isEmpty());
        assertTrue(app.dialogs.errors.get(0).contains("broken" + PlanFiles.EXTENSION + ":1:"), app.dialogs.errors::toString);
        assertTrue(robot.lookup("#comparisonReport").tryQuery().isEmpty());
    }
}
