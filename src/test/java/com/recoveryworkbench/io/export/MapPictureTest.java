package com.recoveryworkbench.io.export;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void everyServiceIsACardShiftedSoTheMapAndItsRegionsStartBelowTheTitle() {
        MapPicture picture = MapPicture.of(plan, analysis, Set.of());

        assertEquals(List.of("auth", "cache", "checkout", "job-a", "job-b", "legacy-db"),
                picture.cards().stream().map(MapPicture.Card::id).toList());
        MapPicture.Card checkout = card(picture, "checkout");
        assertAll(
                () -> assertEquals("Retail chain", picture.title()),
                // legacy-db's region box reaches 12 left of and 56 above the cards: (-12, -56) moves to (24, 72).
                () -> assertEquals(636, checkout.x()),
                () -> assertEquals(128, checkout.y()),
                () -> assertEquals("Checkout", checkout.name()),
                () -> assertEquals(List.of("Checkout"), checkout.nameLines()),
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

        // auth's centre (436, 173) to legacy-db's (136, 173): each card is left 100 units from its centre;
        // checkout's centre (736, 173) to cache's (736, 323): 45 units down, 45 up.
        List<MapPicture.Arrow> expected = List.of(
                new MapPicture.Arrow("auth", "legacy-db", 336, 173, 236, 173, true),
                new MapPicture.Arrow("checkout", "auth", 636, 173, 536, 173, true),
                new MapPicture.Arrow("checkout", "cache", 736, 218, 736, 278, false),
                new MapPicture.Arrow("job-a", "job-b", 236, 473, 336, 473, true),
                new MapPicture.Arrow("job-b", "job-a", 336, 473, 236, 473, true));
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

        // The map with legacy-db's region is 812 wide and 446 high, so the legend starts at 72 + 446 + 32;
        // four verdict keys of 200 fit its width, the fifth wraps.
        assertEquals(List.of("Meets", "At risk", "Missed", "Blocked by a cycle", "Incomplete data",
                        "Hard dependency: must be up first", "Soft dependency: runs degraded without"),
                picture.legend().stream().map(MapPicture.LegendKey::label).toList());
        assertEquals(new MapPicture.VerdictKey(VerdictLook.INCOMPLETE, 24, 578), picture.legend().get(4));
        assertEquals(new MapPicture.LineKey(false, 364, 606), picture.legend().get(6));
        assertEquals(860, picture.width());
        assertEquals(658, picture.height());
    }

    @Test
    void aRegionIsABoxAroundItsCardsWithItsNameInTheBandAbove() {
        MapPicture picture = MapPicture.of(plan, analysis, Set.of());

        // legacy-db at (36, 128): 12 units of room around it and a 44-unit band above for the name.
        assertEquals(List.of(new MapPicture.Region("eu-west", 24, 72, 224, 158, 40, 106, "#0072b2")),
                picture.regions());
        assertEquals(List.of(), MapPicture.of(plan, analysis, Set.of("auth", "checkout")).regions(),
                "services without a region draw none");
    }

    @Test
    void regionsAreDrawnLargestFirstWithTheirColoursInNameOrderAndNamesNeverCoverEachOther() {
        // Two regions whose boxes start at the same top left: the smaller one's name moves right of the other's.
        Plan nested = plan.withServices(plan.services().stream()
                .map(s -> s.toBuilder().region(s.id().equals("legacy-db") ? "a" : "b").build()).toList());

        List<MapPicture.Region> regions = MapPicture.of(nested, ExportPlans.analyze(nested), Set.of()).regions();

        assertEquals(List.of("b", "a"), regions.stream().map(MapPicture.Region::name).toList());
        assertEquals(List.of("#8c6d46", "#0072b2"), regions.stream().map(MapPicture.Region::colour).toList());
        // "b" is 0.58 em at 20 in bold (×1.08): 12.528 wide from 40, so "a" starts 16 after it.
        assertEquals(40, regions.get(0).labelX(), 1e-9);
        assertEquals(40 + 12.528 + 16, regions.get(1).labelX(), 1e-9);
    }

    @Test
    void everyNameIsAtOneSizeOnOneLineOrWrappedOntoASecondBeforeItIsCut() {
        Plan named = plan.withServices(List.of(
                plan.service("auth").orElseThrow().toBuilder().name("Reporting warehouse (EU)").build(),
                plan.service("cache").orElseThrow().toBuilder().name("Cart database (US east)").build(),
                plan.service("checkout").orElseThrow().toBuilder()
                        .name("Enterprise resource planning backbone for every store").build()));

        MapPicture picture = MapPicture.of(named, ExportPlans.analyze(named), Set.of());

        // By the SVG's estimate at bold 15: 9.396 a letter, 11.34 a capital, 14.58 a "w", 5.184 a blank,
        // bracket or narrow letter (r, t, i). The first line has 120: "Reporting ware" (117.6) fits, so the
        // line breaks at the blank before it; "warehouse (EU)" is 123.8 of the second line's 152.
        // "Cart database (" fits (117.6), "Cart database (U" does not: the break is at the last blank.
        assertEquals(List.of("Reporting", "warehouse (EU)"), card(picture, "auth").nameLines());
        assertEquals(List.of("Cart database", "(US east)"), card(picture, "cache").nameLines());
        // "resource planning…" is 148.1, with " b" it would be 162.6.
        List<String> cut = card(picture, "checkout").nameLines();
        assertEquals("Enterprise", cut.get(0));
        assertEquals("resource planning…", cut.get(1));
        assertEquals(MapLook.OWNER_BASELINE_UNDER_TWO_LINES, card(picture, "auth").ownerBaseline());
        assertEquals(MapLook.OWNER_BASELINE, card(picture, "legacy-db").ownerBaseline());
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
