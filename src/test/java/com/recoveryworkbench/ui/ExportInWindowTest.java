package com.recoveryworkbench.ui;

import com.recoveryworkbench.ui.files.ExportChoice;
import com.recoveryworkbench.ui.files.PlanFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.io.export.ExportFormat;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File ▸ Export… from the real window says where the file went and offers its folder. */
@ExtendWith(ApplicationExtension.class)
class ExportInWindowTest {
    @TempDir
    static Path dir;

    private final WorkbenchFixture app = new WorkbenchFixture();

    @Start
    void start(Stage stage) throws Exception {
        Plan shop = Plan.empty("Shop").withServices(List.of(Service.builder("web", ServiceKind.APPLICATION).build()));
        app.start(stage, WorkbenchFixture.write(shop, Files.createTempFile(dir, "shop", PlanFiles.EXTENSION)));
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    @Test
    void anExportSaysWhereItWasWrittenWithOpenFolder(FxRobot robot) {
        FxWait.waitUntil("the shop is open", () -> app.shell.workbench().document().getPlan().hasService("web"));
        Path target = dir.resolve("table.csv");
        app.dialogs.exportAnswers.add(Optional.of(new ExportChoice(ExportFormat.CSV, false)));
        app.dialogs.files.add(target);

        robot.push(KeyCode.SHORTCUT, KeyCode.E);

        FxWait.waitUntil("the table is written", () -> Files.isRegularFile(target));
        FxWait.waitUntil("a note names the file written",
                () -> robot.lookup((Labeled l) -> l.getText() != null
                        && l.getText().contains("Written to " + target.toAbsolutePath())).tryQuery().isPresent());
        FxWait.waitUntil("the note offers the folder",
                () -> robot.lookup((Button b) -> "Open Folder".equals(b.getText())).tryQuery().isPresent());
        assertEquals(List.of(target), app.dialogs.exported);
    }
}
