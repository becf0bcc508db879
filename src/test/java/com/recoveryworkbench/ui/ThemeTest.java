package com.recoveryworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.ui.canvas.Palette;
import com.recoveryworkbench.ui.preferences.WorkbenchPreferences;
import com.recoveryworkbench.ui.theme.Theme;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window starts in the remembered theme, and View ▸ Theme restyles controls and canvas at once. */
@ExtendWith(ApplicationExtension.class)
class ThemeTest {
    private final WorkbenchFixture app = new WorkbenchFixture();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new WorkbenchPreferences(app.node).setTheme(Theme.HIGH_CONTRAST);
        app.start(stage, null);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    @Test
    void theWindowStartsInTheRememberedTheme() {
        List<String> sheets = stage.getScene().getStylesheets();

        assertEquals(3, sheets.size());
        assertEquals(Theme.baseStylesheet(), sheets.get(0));
        assertTrue(sheets.get(1).endsWith("theme-high-contrast.css"), sheets.get(1));
        assertSame(Palette.HIGH_CONTRAST, app.shell.canvas().paletteProperty().get());
    }

    @Test
    void choosingDarkFromTheViewMenuRestylesTheWindowAndTheCanvasAndIsRemembered(FxRobot robot) {
        robot.clickOn("View").clickOn("Theme").clickOn("Dark");

        FxWait.waitUntil("the dark palette is on the canvas",
                () -> app.shell.canvas().paletteProperty().get() == Palette.DARK);
        List<String> sheets = stage.getScene().getStylesheets();
        assertEquals(3, sheets.size());
        assertTrue(sheets.get(1).endsWith("theme-dark.css"), sheets.get(1));
        assertEquals(Theme.DARK, new WorkbenchPreferences(app.node).theme());
    }

    @Test
    void choosingLightLeavesTheBaseStylesheetAndTheVerdictColours(FxRobot robot) {
        robot.clickOn("View").clickOn("Theme").clickOn("Light");

        FxWait.waitUntil("the light palette is on the canvas",
                () -> app.shell.canvas().paletteProperty().get() == Palette.LIGHT);
        assertEquals(Theme.LIGHT.stylesheets(), stage.getScene().getStylesheets());
        assertEquals(Theme.LIGHT, new WorkbenchPreferences(app.node).theme());
    }

    @Test
    void themesAreNamedByTheirKeysInAnyCase() {
        assertEquals(Optional.of(Theme.HIGH_CONTRAST), Theme.named("High-Contrast"));
        assertEquals(Optional.of(Theme.DARK), Theme.named(" dark "));
        assertEquals(Optional.empty(), Theme.named("sepia"));
        assertEquals(Optional.empty(), Theme.named(null));
        assertEquals("high-contrast", Theme.HIGH_CONTRAST.key());
    }
}
