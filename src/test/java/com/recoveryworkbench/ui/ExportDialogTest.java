package com.recoveryworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.io.export.ExportFormat;
import com.recoveryworkbench.ui.files.ExportChoice;
import com.recoveryworkbench.ui.files.ExportDialog;
import com.recoveryworkbench.ui.theme.Theme;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real export question: pick a format, choose the selection only where that makes sense. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    private CompletableFuture<Optional<ExportChoice>> ask(int selected) {
        CompletableFuture<Optional<ExportChoice>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(ExportDialog.ask(stage, Theme.LIGHT.stylesheets(), selected)));
        return answer;
    }

    @SuppressWarnings("unchecked")
    private ListView<ExportFormat> formats(FxRobot robot) {
        FxWait.waitUntil("the export dialog is shown", () -> robot.lookup("#export-format").tryQuery().isPresent());
        return robot.lookup("#export-format").queryAs(ListView.class);
    }

    @Test
    void aPictureOfTheSelectionIsOfferedWhenServicesAreSelected(FxRobot robot) throws Exception {
        CompletableFuture<Optional<ExportChoice>> answer = ask(3);
        formats(robot);
        robot.clickOn(ExportChoice.label(ExportFormat.SVG));

        assertEquals("Only the 3 selected services", robot.lookup("#export-selection-only").queryAs(RadioButton.class)
                .getText());
        robot.clickOn("Export…");

        assertEquals(Optional.of(new ExportChoice(ExportFormat.SVG, true)), answer.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aRunbookAlwaysDescribesTheWholePlan(FxRobot robot) throws Exception {
        CompletableFuture<Optional<ExportChoice>> answer = ask(3);
        formats(robot);
        robot.clickOn(ExportChoice.label(ExportFormat.RUNBOOK_HTML));

        assertTrue(robot.lookup("#export-selection-only").queryAs(RadioButton.class).isDisabled());
        robot.clickOn("Export…");

        assertEquals(Optional.of(new ExportChoice(ExportFormat.RUNBOOK_HTML, false)), answer.get(10, TimeUnit.SECONDS));
    }

    @Test
    void theChoicesKeepARoomyMarginFromTheDialogsEdges(FxRobot robot) throws Exception {
        CompletableFuture<Optional<ExportChoice>> answer = ask(0);
        var list = formats(robot);
        var pane = robot.lookup("#exportDialog").query();

        var inner = list.localToScreen(list.getLayoutBounds());
        var outer = pane.localToScreen(pane.getLayoutBounds());
        assertTrue(inner.getMinX() - outer.getMinX() >= 12, () -> inner + " in " + outer);
        assertTrue(outer.getMaxX() - inner.getMaxX() >= 12, () -> inner + " in " + outer);
        robot.clickOn("Cancel");
        answer.get(10, TimeUnit.SECONDS);
    }

    @Test
    void cancelExportsNothing(FxRobot robot) throws Exception {
        CompletableFuture<Optional<ExportChoice>> answer = ask(0);
        formats(robot);
        robot.clickOn("Cancel");

        assertEquals(Optional.empty(), answer.get(10, TimeUnit.SECONDS));
    }
}
