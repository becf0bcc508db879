package com.recoveryworkbench.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.ui.FxWait;
import com.recoveryworkbench.ui.theme.Theme;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real question File ▸ Import Drill Results… asks after the sheet: date, name and scenario. */
@ExtendWith(ApplicationExtension.class)
class DrillDetailsDialogTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final List<Scenario> SCENARIOS = List.of(Scenario.losing("eu", "Europe lost", List.of("eu-west"),
            List.of()), Scenario.TOTAL);

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    private CompletableFuture<Optional<DrillDetails>> ask() {
        CompletableFuture<Optional<DrillDetails>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(DrillDetailsDialog.ask(stage, Theme.LIGHT.stylesheets(), "results.csv",
                new DrillDetails(TODAY, "", Scenario.TOTAL_ID), SCENARIOS, TODAY)));
        FxWait.waitUntil("the drill details dialog is shown",
                () -> new FxRobot().lookup("#drillDetailsDialog").tryQuery().isPresent());
        return answer;
    }

    private static Node importButton(FxRobot robot) {
        DialogPane pane = robot.lookup("#drillDetailsDialog").queryAs(DialogPane.class);
        return pane.lookupButton(pane.getButtonTypes().get(0));
    }

    @Test
    void theNameAndScenarioTypedAreTheAnswer(FxRobot robot) throws Exception {
        CompletableFuture<Optional<DrillDetails>> answer = ask();
        robot.clickOn("#drill-import-name").write("Autumn test");
        robot.clickOn("#drill-import-scenario").clickOn("Europe lost");
        robot.clickOn("Import");

        assertEquals(Optional.of(new DrillDetails(TODAY, "Autumn test", "eu")), answer.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aDayAfterTodayDisablesImportAndSaysWhy(FxRobot robot) throws Exception {
        CompletableFuture<Optional<DrillDetails>> answer = ask();
        DatePicker date = robot.lookup("#drill-import-date").queryAs(DatePicker.class);
        assertFalse(importButton(robot).isDisabled());

        WaitForAsyncUtils.asyncFx(() -> date.setValue(TODAY.plusDays(1))).get();

        assertTrue(importButton(robot).isDisabled());
        assertTrue(robot.lookup("Choose the day the drill was held, 2026-12-06 at the latest.").tryQuery().isPresent());
        robot.clickOn("Cancel");
        assertEquals(Optional.empty(), answer.get(10, TimeUnit.SECONDS));
    }
}
