package com.recoveryworkbench.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.canvas.CardGeometry;
import com.recoveryworkbench.ui.canvas.Viewport;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class MapFramingTest {

    @Test
    void mapIsCentredInTheFreeAreaThatShowsItBiggest() {
        // Cards at x 0 and 1000: the map is 1200 x 90 world units. The wide strip allows a scale of
        // (1248 - 48) / 1200 = 1, the square only (300 - 48) / 1200 = 0.21.
        Plan plan = Plan.empty("p").withServices(List.of(
                Service.builder("a", ServiceKind.APPLICATION).position(0, 0).build(),
                Service.builder("b", ServiceKind.APPLICATION).position(1000, 0).build()));
        Viewport viewport = new Viewport();

        MapFraming.frame(viewport, plan, List.of(new Rectangle2D(1000, 0, 300, 300), new Rectangle2D(0, 200, 1248, 400)));

        assertEquals(1, viewport.scale(), 1e-9);
        assertEquals(24, viewport.toScreenX(0), 1e-9);
        assertEquals(24 + 1200, viewport.toScreenX(1000 + CardGeometry.WIDTH), 1e-9);
        assertEquals(200 + 200, viewport.toScreenY(CardGeometry.HEIGHT / 2), 1e-9);
    }

    @Test
    void emptyPlanOrNoRoomLeavesTheViewAlone() {
        Viewport viewport = new Viewport();
        MapFraming.frame(viewport, Plan.empty("p"), List.of(new Rectangle2D(0, 0, 800, 600)));
        MapFraming.frame(viewport, Plan.empty("p").withService(Service.builder("a", ServiceKind.APPLICATION).build()),
                List.of(new Rectangle2D(0, 0, 40, 40)));

        assertEquals(1, viewport.scale());
        assertEquals(0, viewport.offsetX());
    }
}
