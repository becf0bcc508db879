package com.recoveryworkbench.layout;

import static com.recoveryworkbench.layout.Cards.HEIGHT;
import static com.recoveryworkbench.layout.Cards.WIDTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class FreeSpotProperties {

    @Property(tries = 200)
    void freeSpotOverlapsNoCard(@ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int size,
                                @ForAll @IntRange(min = -200, max = 2200) int x,
                                @ForAll @IntRange(min = -200, max = 2200) int y) {
        Plan plan = Cards.random(seed, size, List.of(""), 0);

        Position spot = FreeSpot.near(plan, new Position(x, y), WIDTH, HEIGHT);

        for (Service s : plan.services()) {
            assertFalse(Cards.overlap(spot, s.position()), () -> s.id() + " at " + s.position() + " under " + spot);
        }
    }

    @Property(tries = 100)
    void freeSpotIsWhereTheCardWasWantedWhenThatIsFree(@ForAll long seed, @ForAll @IntRange(min = 0, max = 50) int size,
                                                       @ForAll @IntRange(min = -200, max = 2200) int x,
                                                       @ForAll @IntRange(min = -200, max = 2200) int y) {
        Plan plan = Cards.random(seed, size, List.of(""), 0);
        Position wanted = new Position(x, y);
        Position spot = FreeSpot.near(plan, wanted, WIDTH, HEIGHT);

        boolean wantedFree = plan.services().stream().noneMatch(s -> overlapWithMargin(wanted, s.position()));
        if (wantedFree) {
            assertEquals(wanted, spot);
        }
    }

    /** Whether a card at {@code a}, grown by the margin on every side, overlaps a card at {@code b}. */
    private static boolean overlapWithMargin(Position a, Position b) {
        double m = FreeSpot.MARGIN;
        return a.x() - m < b.x() + WIDTH && b.x() < a.x() + WIDTH + m && a.y() - m < b.y() + HEIGHT
                && b.y() < a.y() + HEIGHT + m;
    }
}
