package com.recoveryworkbench.ui.canvas;

import static com.recoveryworkbench.ui.canvas.CanvasFixture.card;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlideTest {
    private final Plan before = Plan.empty("Shop").withServices(List.of(card("a", 0, 0), card("b", 500, 500)));
    private final Plan after = before.withServices(List.of(card("a", 100, 200), card("new", 900, 900)));

    private static Position at(Plan plan, String id) {
        return plan.service(id).orElseThrow().position();
    }

    @Test
    void movedCardsStartWhereTheyWereAndEndWhereThePlanHasThem() {
        Glide glide = Glide.between(before, after);

        assertEquals(new Position(0, 0), at(glide.at(0), "a"));
        assertSame(after, glide.at(1));
        // Eased: 1 - (1 - 0.5)^3 = 0.875 of the way at half time.
        assertEquals(new Position(87.5, 175), at(glide.at(0.5), "a"));
        assertEquals(new Position(500, 500), at(glide.at(0.5), "b"));
        assertEquals(new Position(900, 900), at(glide.at(0.5), "new"));
    }

    @Test
    void thereIsNoGlideWhenNoCardMoved() {
        assertNull(Glide.between(before, before.withName("Renamed")));
    }
}
