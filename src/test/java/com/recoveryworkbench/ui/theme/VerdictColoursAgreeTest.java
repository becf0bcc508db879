package com.recoveryworkbench.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.io.export.VerdictLook;
import com.recoveryworkbench.ui.canvas.Palette;
import com.recoveryworkbench.ui.form.VerdictStyle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The verdict look has one source, {@link VerdictLook}: in every theme the stylesheets' {@code -rw-meets}…
 * (what the tables and legends paint), the canvas palette and the pictures show the same colour.
 */
@ExtendWith(ApplicationExtension.class)
class VerdictColoursAgreeTest {
    @Start
    void start(Stage stage) {
        // The toolkit is all these tests need; each builds its own scene.
    }

    /** What a control styled {@code -fx-background-color: -rw-…} gets from the theme's stylesheets. */
    private static Map<Verdict, Paint> cssColours(Theme theme) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Map<Verdict, Region> swatches = new EnumMap<>(Verdict.class);
            VBox root = new VBox();
            for (Verdict verdict : Verdict.values()) {
                Region swatch = new Region();
                swatch.setStyle("-fx-background-color: -rw-" + VerdictLook.of(verdict).cssName() + ";");
                swatches.put(verdict, swatch);
                root.getChildren().add(swatch);
            }
            Scene scene = new Scene(root);
            scene.getStylesheets().setAll(theme.stylesheets());
            root.applyCss();
            Map<Verdict, Paint> colours = new EnumMap<>(Verdict.class);
            swatches.forEach((verdict, swatch) ->
                    colours.put(verdict, swatch.getBackground().getFills().get(0).getFill()));
            return colours;
        }).get();
    }

    @Test
    void everyThemesStylesheetsAndCanvasPaletteShowTheSameVerdictColours() throws Exception {
        for (Theme theme : Theme.values()) {
            Map<Verdict, Paint> css = cssColours(theme);
            for (Verdict verdict : Verdict.values()) {
                assertEquals(theme.palette().verdict(verdict), css.get(verdict), theme + " " + verdict);
            }
        }
    }

    /** The colour of the bar the tables and labels draw on the left of a cell styled {@code compliance-…}. */
    private static Map<Verdict, Paint> cellBars(Theme theme) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Map<Verdict, Label> cells = new EnumMap<>(Verdict.class);
            VBox root = new VBox();
            for (Verdict verdict : Verdict.values()) {
                Label cell = new Label(verdict.code());
                VerdictStyle.show(cell, VerdictLook.of(verdict));
                cells.put(verdict, cell);
                root.getChildren().add(cell);
            }
            Scene scene = new Scene(root);
            scene.getStylesheets().setAll(theme.stylesheets());
            root.applyCss();
            Map<Verdict, Paint> bars = new EnumMap<>(Verdict.class);
            cells.forEach((verdict, cell) -> bars.put(verdict,
                    cell.getBorder() == null ? null : cell.getBorder().getStrokes().get(0).getLeftStroke()));
            return bars;
        }).get();
    }

    @Test
    void everyVerdictIncludingUnaffectedHasItsBarInTheTablesOfEveryTheme() throws Exception {
        for (Theme theme : Theme.values()) {
            Map<Verdict, Paint> bars = cellBars(theme);
            for (Verdict verdict : Verdict.values()) {
                assertEquals(theme.palette().verdict(verdict), bars.get(verdict), theme + " " + verdict);
            }
        }
    }

    @Test
    void everyVerdictsStyleClassPaintsItsColourBar() throws Exception {
        for (Theme theme : Theme.values()) {
            Map<Verdict, Paint> bars = WaitForAsyncUtils.asyncFx(() -> {
                Map<Verdict, Label> labels = new EnumMap<>(Verdict.class);
                VBox root = new VBox();
                for (Verdict verdict : Verdict.values()) {
                    Label label = new Label(verdict.code());
                    VerdictStyle.show(label, VerdictLook.of(verdict));
                    labels.put(verdict, label);
                    root.getChildren().add(label);
                }
                Scene scene = new Scene(root);
                scene.getStylesheets().setAll(theme.stylesheets());
                root.applyCss();
                Map<Verdict, Paint> colours = new EnumMap<>(Verdict.class);
                labels.forEach((verdict, label) -> colours.put(verdict, label.getBorder() == null ? null
                        : label.getBorder().getStrokes().get(0).getLeftStroke()));
                return colours;
            }).get();
            for (Verdict verdict : Verdict.values()) {
                assertEquals(theme.palette().verdict(verdict), bars.get(verdict), theme + " " + verdict);
            }
        }
    }

    @Test
    void highContrastMeetsIsTheDarkerGreenOnTheCanvasAndInTheTables() throws Exception {
        Color darkerGreen = Color.web("#007a55");

        assertEquals(darkerGreen, Palette.HIGH_CONTRAST.verdict(Verdict.MEETS));
        assertEquals(darkerGreen, cssColours(Theme.HIGH_CONTRAST).get(Verdict.MEETS));
        assertEquals(Color.web("#009e73"), cssColours(Theme.DARK).get(Verdict.MEETS));
    }

    @Test
    void thePicturesShowTheLightCanvasColours() {
        for (Verdict verdict : Verdict.values()) {
            assertEquals(Palette.LIGHT.verdict(verdict), Color.web(VerdictLook.of(verdict).colour()), verdict.name());
        }
    }

    @Test
    void noStylesheetKeepsAVerdictColourOfItsOwn() throws IOException {
        for (String sheet : List.of("workbench.css", "theme-dark.css", "theme-high-contrast.css")) {
            try (InputStream in = Theme.class.getResourceAsStream(sheet)) {
                String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (VerdictLook look : VerdictLook.values()) {
                    assertFalse(css.contains("-rw-" + look.cssName() + ":"), sheet + " defines -rw-" + look.cssName());
                }
            }
        }
    }
}
