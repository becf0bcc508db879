package com.recoveryworkbench.io.export;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Layout worked out by hand: margin 24, title 24 high plus a gap of 24, so the map starts at y = 72
 * and the top-left card at x = 24; cards are 200 × 90.
 */
class MapPictureTest {
    private final Plan plan = ExportPlans.retailOnTheMap();
    private final Analysis analysis = ExportPlans.analyze(plan);

    @Test
    void everyServiceIsACardShiftedSoTheMapStartsBelowTheTitle() {
        MapPicture picture = MapPicture.of(plan, analysis, Set.of());

        assertEquals(List.of("auth", "cache", "checkout", "job-a", "job-b", "legacy-db"),
                picture.cards().stream().map(MapPicture.Card::id).toList());
        MapPicture.Card checkout = card(picture, "checkout");
        assertAll(
                () -> assertEquals("Retail chain", picture.title()),
                () -> assertEquals(624, checkout.x()),
                () -> assertEquals(72, checkout.y()),
                () -> assertEquals("Checkout", checkout.name()),
                () -> assertEquals("Web_team *core*", checkout.owner()),
                () -> assertEquals("T1", checkout.tierBadge()),
                () -> assertEquals("#ef8a62", checkout.tierColour()),
                () -> assertEquals("W3 · up 52m / 20m", checkout.resultLine()),
                () -> assertEquals(VerdictLook.MISSED, checkout.verdict()),
                () -> assertEquals("blocked", card(picture, "job-a").resultLine()),
                () -> assertEquals(VerdictLook.BLOCKED, card(picture, "job-a").verdict()));
    }

    @Test
    void arrowsRunBetweenCardBordersAlongTheLineOfTheirCentres() {
        MapPicture picture = MapPicture.of(plan, analysis, Set.of());

        // auth's centre (424, 117) to legacy-db's (124, 117): each card is left 100 units from its centre;
        // checkout's centre (724, 117) to cache's (724, 267): 45 units down, 45 up.
        List<MapPicture.Arrow> expected = List.of(
                new MapPicture.Arrow("auth", "legacy-db", 324, 117, 224, 117, true),
                new MapPicture.Arrow("checkout", "auth", 624, 117, 524, 117, true),
                new MapPicture.Arrow("checkout", "cache", 724, 162, 724, 222, false),
                new MapPicture.Arrow("job-a", "job-b", 224, 417, 324, 417, true),
                new MapPicture.Arrow("job-b", "job-a", 324, 417, 224, 417, true));
        assertEquals(expected.size(), picture.arrows().size());
        for (int i = 0; i < expected.size(); i++) {
            MapPicture.Arrow e = expected.get(i);
            MapPicture.Arrow a = picture.arrows().get(i);
            assertAll(e.from() + "→" + e.to(),
                    () -> assertEquals(e.from() + e.to() + e.hard(), a.from() + a.to() + a.hard()),
                    () -> assertEquals(e.x1(), a.x1(), 1e-9), () -> assertEquals(e.y1(), a.y1(), 1e-9),
                    () -> assertEquals(e.x2(), a.x2(), 1e-9), () -> assertEquals(e.y2(), a.y2(), 1e-9));
        }
    }

    @Test
    void theLegendNamesEveryVerdictAndBothLineStylesAndTheSizeIsWhole() {
        MapPicture picture = MapPicture.of(plan, analysis, Set.of());

        // The map is 800 wide and 390 high; four verdict keys of 200 fit its width, the fifth wraps.
        assertEquals(List.of("Meets", "At risk", "Missed", "Blocked by a cycle", "Incomplete data",
                        "Hard dependency: must be up first", "Soft dependency: runs degraded without"),
                picture.legend().stream().map(MapPicture.LegendKey::label).toList());
        assertEquals(new MapPicture.VerdictKey(VerdictLook.INCOMPLETE, 24, 522), picture.legend().get(4));
        assertEquals(new MapPicture.LineKey(false, 364, 550), picture.legend().get(6));
        assertEquals(848, picture.width());
        assertEquals(602, picture.height());
    }

    @Test
    void aSelectionShowsOnlyItsServicesAndTheArrowsBetweenThem() {
        MapPicture picture = MapPicture.of(plan, analysis, Set.of("checkout", "auth", "cache", "no-such-service"));

        assertEquals(List.of("auth", "cache", "checkout"), picture.cards().stream().map(MapPicture.Card::id).toList());
        assertEquals(List.of("checkout→auth", "checkout→cache"),
                picture.arrows().stream().map(a -> a.from() + "→" + a.to()).toList());
        assertEquals(24, card(picture, "auth").x(), "the selection's left edge moves to the margin");
        assertEquals("Retail chain — 3 of 6 services", picture.title());
        assertEquals(600 + 48, picture.width(), "a narrow selection keeps room for the legend");
    }

    @Test
    void aServiceTheAnalysisDoesNotKnowIsGreyWithoutAVerdict() {
        Plan newer = plan.withService(Service.builder("new", ServiceKind.QUEUE).tier("platinum").build());

        MapPicture.Card card = card(MapPicture.of(newer, analysis, Set.of()), "new");

        assertAll(
                () -> assertNull(card.verdict()),
                () -> assertEquals(MapLook.NEUTRAL_BAND, card.bandColour()),
                () -> assertEquals(MapLook.NEUTRAL_BAND, card.tierColour()),
                () -> assertEquals("PLA", card.tierBadge()),
                () -> assertEquals("—", card.resultLine()));
    }

    @Test
    void overlappingCardsGetNoArrow() {
        Plan stacked = ExportPlans.retail();

        assertEquals(List.of(), MapPicture.of(stacked, ExportPlans.analyze(stacked), Set.of()).arrows());
    }

    private static MapPicture.Card card(MapPicture picture, String id) {
        return picture.cards().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
