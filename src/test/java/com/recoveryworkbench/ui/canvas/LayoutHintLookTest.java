package com.recoveryworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A pinned card shows a pin in its bottom-right corner; a free card leaves the corner empty. */
@ExtendWith(ApplicationExtension.class)
class LayoutHintLookTest {
    private WorkbenchState workbench;
    private PlanCanvasView view;

    @Start
    void start(Stage stage) {
        CanvasFixture canvas = CanvasFixture.show(stage, 700, 400);
        workbench = canvas.workbench;
        view = canvas.view;
    }

    /** Pixels in the card's bottom-right corner, where the pin goes, that are much darker than the card. */
    private int darkPixelsInPinCorner(PixelReader pixels, Position card) {
        int dark = 0;
        for (double wx = card.x() + 200 - 24; wx < card.x() + 200 - 10; wx++) {
            for (double wy = card.y() + 90 - 24; wy < card.y() + 90 - 10; wy++) {
                Color c = pixels.getColor((int) view.viewport().toScreenX(wx), (int) view.viewport().toScreenY(wy));
                if (c.getBrightness() < 0.5) {
                    dark++;
                }
            }
        }
        return dark;
    }

    @Test
    void aPinnedCardShowsAPinAndAFreeOneDoesNot(FxRobot robot) throws Exception {
        Service free = Service.builder("free", ServiceKind.APPLICATION).restoreTime(Duration.ofMinutes(5))
                .position(40, 40).build();
        Service pinned = free.toBuilder().id("pinned").position(340, 40).pinned(true).build();
        WaitForAsyncUtils.asyncFx(() -> {
            workbench.document().replace(Plan.empty("Pins").withServices(List.of(free, pinned)), null);
            view.zoomToActualSize();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        Node canvas = robot.lookup("#canvas").query();

        PixelReader pixels = WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(null, null).getPixelReader()).get();

        assertEquals(0, darkPixelsInPinCorner(pixels, free.position()));
        assertTrue(darkPixelsInPinCorner(pixels, pinned.position()) > 20);
    }
}
