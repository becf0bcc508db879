package com.recoveryworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import com.recoveryworkbench.ui.canvas.Palette;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window's tool row at a laptop's 1600 px and a workshop projector's 1280 px, with the two-region
 * sample (long scenario names): what a facilitator needs (Present, Fit, the scenario picker,
 * Planned | Proven, search) shows in the row, never in the toolbar's overflow menu, also in the
 * high-contrast theme made for projectors. The headless screen
 * is 1280 px wide, so the row is laid out at each width in a scene of its own, styled as the window.
 */
@ExtendWith(ApplicationExtension.class)
class ToolbarWidthTest {
    private static final List<String> FACILITATOR_NEEDS = List.of("#tool-present", "#tool-fit", "#tool-zoom-in",
            "#tool-zoom-out", "#scenario-picker", "#basis-switch", "#searchField", "#searchFilter");

    private final WorkbenchFixture app = new WorkbenchFixture();
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path plan = Files.createTempDirectory("toolbar").resolve("two-region-commerce.rplan.json");
        Files.copy(Path.of("assets/samples/two-region-commerce.rplan.json"), plan, StandardCopyOption.REPLACE_EXISTING);
        app.start(stage, plan);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    @Test
    void atALaptops1600PxEveryToolShowsAndNothingOverflows() throws Exception {
        Region row = toolRowAt(1600);

        for (String id : FACILITATOR_NEEDS) {
            assertShown(row, id, 1600);
        }
        for (Node bar : row.lookupAll(".tool-bar")) {
            for (Node item : ((ToolBar) bar).getItems()) {
                assertTrue(item.getScene() == row.getScene(), item + " of " + bar.getId() + " went to the overflow menu: " + widths(row));
            }
            assertFalse(overflowButtonShown(bar), bar.getId() + " shows its overflow button");
        }
    }

    @Test
    void theBarsOfTheRowShareOneBottomEdge() throws Exception {
        Region row = toolRowAt(1600);

        for (Node bar : row.lookupAll(".tool-bar")) {
            assertEquals(row.getHeight(), bar.getBoundsInParent().getMaxY(), 0.5, bar.getId() + " ends above the row's bottom");
        }
    }

    @Test
    void onA1280PxProjectorWhatAFacilitatorNeedsStillShows() throws Exception {
        Region row = toolRowAt(1280);

        for (String id : FACILITATOR_NEEDS) {
            assertShown(row, id, 1280);
        }
        // Less often used tools wait in the editing toolbar's overflow menu (which also shows that the
        // overflow check of the 1600 px test can fail).
        assertTrue(overflowButtonShown(row.lookup("#toolBar")), "the editing toolbar overflows at 1280 px");
    }

    @Test
    void onA1280PxProjectorInHighContrastWhatAFacilitatorNeedsStillShows(FxRobot robot) throws Exception {
        // The high-contrast theme, made for projectors, has larger type and thicker borders.
        robot.clickOn("View").clickOn("Theme").clickOn("High Contrast");
        FxWait.waitUntil("the high-contrast palette is on the canvas",
                () -> app.shell.canvas().paletteProperty().get() == Palette.HIGH_CONTRAST);

        Region row = toolRowAt(1280);

        for (String id : FACILITATOR_NEEDS) {
            assertShown(row, id, 1280);
        }
    }

    /** Takes the tool row out of the window and lays it out alone, {@code width} px wide, with the window's styles. */
    private Region toolRowAt(double width) throws Exception {
        FxWait.waitUntil("the sample is open", () -> app.shell.workbench().document().getPlan().serviceCount() == 68);
        Region row = FxWait.onFx(() -> {
            Scene window = stage.getScene();
            VBox top = (VBox) ((BorderPane) window.getRoot()).getTop();
            Region tools = (Region) top.getChildren().get(1);
            top.getChildren().remove(tools);
            Scene alone = new Scene(new Group(tools));
            alone.getStylesheets().setAll(window.getStylesheets());
            tools.applyCss();
            tools.resize(width, tools.prefHeight(width));
            tools.layout();
            return tools;
        });
        assertEquals(width, row.getWidth(), 0.5);
        return row;
    }

    private static void assertShown(Region row, String id, double width) {
        Node node = row.lookup(id);
        assertTrue(node != null && node.getScene() == row.getScene() && node.isVisible(),
                id + " is not in the tool row at " + width + " px: " + widths(row));
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        assertTrue(bounds.getMinX() >= 0 && bounds.getMaxX() <= width,
                id + " lies outside the row at " + width + " px: " + bounds + "; " + widths(row));
    }

    private static boolean overflowButtonShown(Node bar) {
        Node button = bar.lookup(".tool-bar-overflow-button");
        return button != null && button.isVisible();
    }

    /** What each bar needs and gets, so a failure says how far over the row is. */
    private static String widths(Region row) {
        List<String> parts = new ArrayList<>();
        for (Node node : row.lookupAll(".tool-bar")) {
            ToolBar bar = (ToolBar) node;
            parts.add(bar.getId() + " " + Math.round(bar.getWidth()) + " of " + Math.round(bar.prefWidth(-1)) + " px");
        }
        return String.join(", ", parts);
    }
}
