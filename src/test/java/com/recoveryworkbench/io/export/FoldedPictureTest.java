package com.recoveryworkbench.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.FoldedGroups;
import com.recoveryworkbench.model.GroupKind;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link ExportPlans#retailOnTheMap()} with Legacy DB (0, 0) and Auth (300, 0) in eu-west, folded, worked
 * out by hand: the folded card takes the top-left corner of its members, (0, 0), so it is drawn at
 * (24, 72) like any top-left card; Checkout (600, 0) is at (624, 72). Both members miss (up at 40m and 44m
 * against 20m). Checkout's hard dependency on Auth becomes one bundled arrow to the folded card.
 */
class FoldedPictureTest {
    private final Plan plan = folded(ExportPlans.retailOnTheMap());
    private final Analysis analysis = ExportPlans.analyze(plan);

    private static Plan folded(Plan plan) {
        Service auth = plan.service("auth").orElseThrow().toBuilder().region("eu-west").build();
        return plan.withService(auth).withFolded(FoldedGroups.NONE.with(GroupKind.REGION, List.of("eu-west")));
    }

    @Test
    void aFoldedRegionIsOneCardWithItsWorstVerdictAndWhatItHolds() {
        MapPicture picture = MapPicture.of(plan, analysis, Set.of());

        assertEquals(List.of(new MapPicture.FoldedCard("eu-west", 24, 72, List.of("2 services · 2 ✗ · up by 44m"),
                VerdictLook.MISSED)), picture.folded());
        assertEquals(List.of("cache", "checkout", "job-a", "job-b"),
                picture.cards().stream().map(MapPicture.Card::id).toList());
        assertEquals(List.of(), picture.regions(), "a folded region draws no box");
        assertTrue(picture.arrows().stream().noneMatch(a -> a.to().equals("auth") || a.to().equals("legacy-db")));
    }

    @Test
    void dependenciesIntoAFoldedRegionAreBundledBetweenTheCardBorders() {
        MapPicture.Bundle bundle = MapPicture.of(plan, analysis, Set.of()).bundles().get(0);

        // From Checkout's centre (724, 117) towards the folded card's (244, 132): out of Checkout's left
        // border at x = 624, into the folded card's right border at x = 464.
        assertEquals("checkout", bundle.from());
        assertEquals("eu-west", bundle.to());
        assertEquals(1, bundle.count());
        assertTrue(bundle.hard());
        assertEquals(624, bundle.x1(), 1e-9);
        assertEquals(117 + 100 * 15 / 480.0, bundle.y1(), 1e-9);
        assertEquals(464, bundle.x2(), 1e-9);
        assertEquals(132 - 220 * 15 / 480.0, bundle.y2(), 1e-9);
    }

    @Test
    void twoDependenciesBetweenTheSameEndsAreOneArrowCountingTwo() {
        Plan twice = plan.withDependency(Dependency.soft("checkout", "legacy-db"));

        List<MapPicture.Bundle> bundles = MapPicture.of(twice, ExportPlans.analyze(twice), Set.of()).bundles();

        assertEquals(1, bundles.size());
        assertEquals(2, bundles.get(0).count());
        assertTrue(bundles.get(0).hard(), "hard when one of them is");
    }

    @Test
    void theSvgAndPngDrawTheFoldedCardAndTheCount() {
        Plan twice = plan.withDependency(Dependency.soft("checkout", "legacy-db"));
        MapPicture picture = MapPicture.of(twice, ExportPlans.analyze(twice), Set.of());

        String svg = SvgPicture.render(picture);

        assertTrue(svg.contains("<g class=\"folded\" data-region=\"eu-west\" data-verdict=\"missed\">"), svg);
        assertTrue(svg.contains(">2 services · 2 ✗ · up by 44m</text>"), svg);
        assertTrue(svg.contains("<g class=\"bundle\" data-from=\"checkout\" data-to=\"eu-west\" data-count=\"2\">"));
        assertTrue(svg.contains("font-weight=\"bold\" fill=\"#141414\" text-anchor=\"middle\">2</text>"), svg);
        byte[] png = PngPicture.render(picture, PixelSize.of(picture.width(), picture.height(), 1));
        assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
    }

    @Test
    void aSelectionWithoutAMemberOfTheFoldedRegionLeavesItOut() {
        MapPicture picture = MapPicture.of(plan, analysis, Set.of("checkout", "cache"));

        assertEquals(List.of(), picture.folded());
        assertEquals(List.of(), picture.bundles());
    }
}
