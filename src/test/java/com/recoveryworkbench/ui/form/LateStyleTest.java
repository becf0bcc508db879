package com.recoveryworkbench.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.ui.theme.Theme;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A late figure (negative slack) is drawn in its theme's error colour, readable on that theme's rows. */
@ExtendWith(ApplicationExtension.class)
class LateStyleTest {
    @Start
    void start(Stage stage) {
        // TestFX needs a stage; the labels below are styled in scenes of their own.
    }

    @Test
    void aLateFigureTakesItsThemesErrorColour(FxRobot robot) {
        assertEquals(Color.web("#c00000"), lateFill(robot, Theme.LIGHT));
        assertEquals(Color.web("#ff8a80"), lateFill(robot, Theme.DARK));
        assertEquals(Color.web("#b00000"), lateFill(robot, Theme.HIGH_CONTRAST));
    }

    @Test
    void onTheDarkThemesRowsALateFigureReadsAtFourAndAHalfToOneOrMore(FxRobot robot) {
        // The dark theme's table rows: -fx-control-inner-background #232428 and its alternate #292a2f.
        Color late = lateFill(robot, Theme.DARK);

        assertTrue(contrast(late, Color.web("#232428")) >= 4.5, "contrast " + contrast(late, Color.web("#232428")));
        assertTrue(contrast(late, Color.web("#292a2f")) >= 4.5, "contrast " + contrast(late, Color.web("#292a2f")));
    }

    private static Color lateFill(FxRobot robot, Theme theme) {
        Color[] fill = new Color[1];
        robot.interact(() -> {
            Label label = new Label("-13m");
            label.setStyle(Formats.LATE_STYLE);
            StackPane root = new StackPane(label);
            Scene scene = new Scene(root);
            scene.getStylesheets().setAll(theme.stylesheets());
            root.applyCss();
            fill[0] = (Color) label.getTextFill();
        });
        return fill[0];
    }

    /** The WCAG contrast ratio of two colours. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
