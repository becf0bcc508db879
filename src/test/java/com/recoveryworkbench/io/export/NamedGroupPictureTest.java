package com.recoveryworkbench.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.model.FoldedGroups;
import com.recoveryworkbench.model.GroupKind;
import com.recoveryworkbench.model.Plan;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link ExportPlans#retailOnTheMap()} with Legacy DB (0, 0) and Auth (300, 0) in the named group "Core",
 * folded. A picture of named groups draws Core as one card where its members began, (24, 72) like any
 * top-left card, both members missing (up at 40m and 44m against 20m), and Checkout's hard dependency on
 * Auth as one bundled arrow. A picture of regions, the command line's, ignores folds of named groups.
 */
class NamedGroupPictureTest {
    private final Plan plan = grouped(ExportPlans.retailOnTheMap());
    private final Analysis analysis = ExportPlans.analyze(plan);

    private static Plan grouped(Plan plan) {
        return plan.withServices(List.of(plan.service("legacy-db").orElseThrow().toBuilder().group("Core").build(),
                        plan.service("auth").orElseThrow().toBuilder().group("Core").build()))
                .withFolded(FoldedGroups.NONE.with(GroupKind.GROUP, List.of("Core")));
    }

    @Test
    void aFoldedNamedGroupIsOneCardWithItsWorstVerdictAndBundledArrows() {
        MapPicture picture = MapPicture.of(plan, analysis, Set.of(), GroupKind.GROUP);

        assertEquals(List.of(new MapPicture.FoldedCard("Core", 24, 72, List.of("2 services · 2 ✗ · up by 44m"),
                VerdictLook.MISSED)), picture.folded());
        assertEquals(List.of("cache", "checkout", "job-a", "job-b"),
                picture.cards().stream().map(MapPicture.Card::id).toList());
        assertEquals(List.of(), picture.regions(), "no service left in view is in a named group: no box");
        assertEquals(1, picture.bundles().size());
        assertEquals("Core", picture.bundles().get(0).to());
    }

    @Test
    void aPictureOfRegionsShowsTheMembersOfAFoldedNamedGroup() {
        MapPicture picture = MapPicture.of(plan, analysis, Set.of());

        assertEquals(List.of(), picture.folded());
        assertTrue(picture.cards().stream().anyMatch(c -> c.id().equals("auth")));
    }

    @Test
    void theSvgExportOfNamedGroupsDrawsTheFoldedGroup() {
        byte[] svg = ExportFormat.SVG.render(plan, analysis, LocalDate.of(2026, 12, 6), Set.of(), GroupKind.GROUP)
                .bytes();

        String text = new String(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("<g class=\"folded\" data-region=\"Core\" data-verdict=\"missed\">"), text);
    }
}
