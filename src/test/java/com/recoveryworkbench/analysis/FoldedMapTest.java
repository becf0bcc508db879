package com.recoveryworkbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.FoldedMap.Bundle;
import com.recoveryworkbench.analysis.FoldedMap.End;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.FoldedGroups;
import com.recoveryworkbench.model.GroupKind;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A plan worked out by hand. eu-west: DB 40m (tier 2), Auth 4m after DB (up at 44m), Checkout 8m after
 * Auth (up at 52m, past its tier-0 target of 15m: missed). us-east: Web 5m, needing Auth (up at 49m).
 * Batch has no region and needs DB (soft) and Web (hard). Checkout also names a service the plan lacks.
 */
class FoldedMapTest {
    private final Plan plan = new Plan("Folds", "", Settings.DEFAULT, TierPolicy.defaults(), List.of(
            service("db", 40, "tier-2", "eu-west", "Data"), service("auth", 4, "tier-2", "eu-west", "Identity"),
            service("checkout", 8, "tier-0", "eu-west", "Shop"), service("web", 5, "tier-2", "us-east", "Shop"),
            service("batch", 5, "tier-2", "", "")),
            List.of(Dependency.hard("auth", "db"), Dependency.hard("checkout", "auth"), Dependency.hard("web", "auth"),
                    Dependency.soft("batch", "db"), Dependency.hard("batch", "web"),
                    Dependency.hard("checkout", "gone")));
    private final Analysis analysis = new RecoveryAnalyzer().analyze(plan);

    private static Service service(String id, long minutes, String tier, String region, String owner) {
        return Service.builder(id, ServiceKind.APPLICATION).tier(tier).region(region).owner(owner)
                .restoreTime(Duration.ofMinutes(minutes)).build();
    }

    private Plan folding(GroupKind kind, String... names) {
        return plan.withFolded(FoldedGroups.NONE.with(kind, List.of(names)));
    }

    private static End service(String id) {
        return new End(id, false);
    }

    private static End group(String name) {
        return new End(name, true);
    }

    @Test
    void withoutAGroupingNothingIsFolded() {
        Plan folded = folding(GroupKind.REGION, "eu-west");
        FoldedMap map = FoldedMap.of(folded, null);

        assertTrue(map.isEmpty());
        assertEquals(List.of(), map.bundles());
        assertSame(folded, map.shown());
    }

    @Test
    void aFoldedRegionHidesItsServicesAndBundlesItsArrowsPerOtherEnd() {
        FoldedMap map = FoldedMap.of(folding(GroupKind.REGION, "eu-west"), GroupKind.REGION);

        assertEquals(List.of(new FoldedMap.Group("eu-west", List.of("auth", "checkout", "db"))), map.groups());
        assertEquals(List.of("batch", "web"), map.shown().services().stream().map(Service::id).toList());
        assertEquals("eu-west", map.foldedGroupOf("checkout"));
        assertNull(map.foldedGroupOf("web"));
        // auth->db and checkout->auth stay inside; checkout->gone names no service; batch->db is soft.
        assertEquals(List.of(new Bundle(service("batch"), group("eu-west"), 1, false),
                new Bundle(service("web"), group("eu-west"), 1, true)), map.bundles());
    }

    @Test
    void arrowsBetweenTwoFoldedGroupsAreOneArrowWithTheirCount() {
        Plan both = plan.withDependency(Dependency.soft("web", "db"));
        FoldedMap map = FoldedMap.of(both.withFolded(FoldedGroups.NONE.with(GroupKind.REGION,
                List.of("eu-west", "us-east"))), GroupKind.REGION);

        assertEquals(List.of(new Bundle(service("batch"), group("eu-west"), 1, false),
                new Bundle(service("batch"), group("us-east"), 1, true),
                new Bundle(group("us-east"), group("eu-west"), 2, true)), map.bundles());
    }

    @Test
    void groupsCanBeFoldedForOneDrawingWhateverThePlanFolds() {
        // The plan folds us-east only; the drawing folds eu-west instead, as the canvas does for tiles.
        Plan plan = folding(GroupKind.REGION, "us-east");

        FoldedMap map = FoldedMap.of(plan, GroupKind.REGION, Set.of("eu-west"));

        assertEquals(List.of(new FoldedMap.Group("eu-west", List.of("auth", "checkout", "db"))), map.groups());
        assertEquals(List.of("batch", "web"), map.shown().services().stream().map(Service::id).toList());
        assertEquals(List.of(new Bundle(service("batch"), group("eu-west"), 1, false),
                new Bundle(service("web"), group("eu-west"), 1, true)), map.bundles());
        assertTrue(FoldedMap.of(plan, GroupKind.REGION, Set.of()).isEmpty());
    }

    @Test
    void foldingOwnersFoldsTeamsNotRegions() {
        FoldedMap map = FoldedMap.of(folding(GroupKind.OWNER, "Shop"), GroupKind.OWNER);

        assertEquals(List.of(new FoldedMap.Group("Shop", List.of("checkout", "web"))), map.groups());
        assertEquals(List.of(new Bundle(service("batch"), group("Shop"), 1, true),
                new Bundle(group("Shop"), service("auth"), 2, true)), map.bundles());
        assertTrue(FoldedMap.of(folding(GroupKind.OWNER, "Shop"), GroupKind.REGION).isEmpty(),
                "folded owners mean nothing while the map groups by region");
    }

    @Test
    void aFoldedGroupNoServiceHasDrawsNothing() {
        FoldedMap map = FoldedMap.of(folding(GroupKind.REGION, "ap-south"), GroupKind.REGION);

        assertTrue(map.isEmpty());
        assertEquals(5, map.shown().serviceCount());
    }

    @Test
    void theTallyHasTheWorstVerdictTheLatestUpAndTheCounts() {
        FoldedMap map = FoldedMap.of(folding(GroupKind.REGION, "eu-west"), GroupKind.REGION);

        FoldedMap.Tally tally = FoldedMap.tally(map.groups().get(0), analysis, Set.of());

        assertEquals(3, tally.services());
        assertEquals(Map.of(Verdict.MEETS, 2, Verdict.MISSED, 1), tally.verdicts());
        assertEquals(Verdict.MISSED, tally.worst());
        assertEquals(Duration.ofMinutes(52), tally.upBy());
    }

    @Test
    void servicesNotRestoredYetLeaveTheUpTimeUnknownAndTheirVerdictUncounted() {
        FoldedMap map = FoldedMap.of(folding(GroupKind.REGION, "eu-west"), GroupKind.REGION);

        FoldedMap.Tally tally = FoldedMap.tally(map.groups().get(0), analysis, Set.of("checkout"));

        assertEquals(Verdict.MEETS, tally.worst());
        assertNull(tally.upBy());
        assertNull(FoldedMap.tally(map.groups().get(0), null, Set.of()).worst(), "no analysis, no verdict");
    }

    @Test
    void theWorstVerdictRanksMissesFirstAndUnaffectedLast() {
        assertEquals(Verdict.BLOCKED, FoldedMap.worst(Map.of(Verdict.BLOCKED, 1, Verdict.AT_RISK, 5)));
        assertEquals(Verdict.MEETS, FoldedMap.worst(Map.of(Verdict.UNAFFECTED, 4, Verdict.MEETS, 1)));
        assertEquals(Verdict.UNAFFECTED, FoldedMap.worst(Map.of(Verdict.UNAFFECTED, 4, Verdict.MISSED, 0)));
        assertNull(FoldedMap.worst(Map.of()));
    }

    @Test
    void foldingChangesNoResult() {
        Plan folded = folding(GroupKind.REGION, "eu-west", "us-east");

        assertEquals(analysis.results(), new RecoveryAnalyzer().analyze(folded).results());
        assertEquals(new TreeSet<>(List.of("eu-west", "us-east")), folded.folded().regions());
    }
}
