package com.recoveryworkbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The folded groups of a plan: kept per kind, sorted, stripped; a plan carries them through every edit. */
class FoldedGroupsTest {
    @Test
    void foldingAndUnfoldingOneGroupLeavesTheOthersAndTheOtherKindAlone() {
        FoldedGroups folded = FoldedGroups.NONE.with(GroupKind.REGION, "us-east", true)
                .with(GroupKind.REGION, "eu-west", true).with(GroupKind.OWNER, "eu-west", true);

        assertEquals(List.of("eu-west", "us-east"), List.copyOf(folded.regions()));
        assertTrue(folded.isFolded(GroupKind.OWNER, "eu-west"));
        FoldedGroups unfolded = folded.with(GroupKind.REGION, "eu-west", false);
        assertEquals(Set.of("us-east"), unfolded.regions());
        assertEquals(Set.of("eu-west"), unfolded.owners(), "a team and a region may share a name");
        assertFalse(unfolded.isEmpty());
        assertTrue(unfolded.with(GroupKind.REGION, List.of()).with(GroupKind.OWNER, List.of()).isEmpty());
    }

    @Test
    void aNamedGroupFoldsApartFromARegionAndATeamOfTheSameName() {
        FoldedGroups folded = FoldedGroups.NONE.with(GroupKind.REGION, "Payments", true)
                .with(GroupKind.GROUP, "Payments", true).with(GroupKind.GROUP, "Search", true);

        assertEquals(List.of("Payments", "Search"), List.copyOf(folded.groups()));
        assertEquals(Set.of(), folded.owners());
        FoldedGroups groupUnfolded = folded.with(GroupKind.GROUP, "Payments", false);
        assertEquals(Set.of("Search"), groupUnfolded.of(GroupKind.GROUP));
        assertTrue(groupUnfolded.isFolded(GroupKind.REGION, "Payments"), "the region of that name stays folded");
        FoldedGroups onlyGroups = FoldedGroups.NONE.with(GroupKind.GROUP, List.of("Search"));
        assertFalse(onlyGroups.isEmpty(), "a folded named group alone is something folded");
        assertEquals(FoldedGroups.NONE, onlyGroups.with(GroupKind.GROUP, List.of()));
    }

    @Test
    void namesAreStrippedAndABlankOneIsRefused() {
        assertEquals(Set.of("eu-west"), new FoldedGroups(new TreeSet<>(List.of(" eu-west ", "eu-west")),
                new TreeSet<>()).regions());
        assertThrows(IllegalArgumentException.class,
                () -> new FoldedGroups(new TreeSet<>(List.of(" ")), new TreeSet<>()));
    }

    @Test
    void everyPlanEditKeepsTheFoldsAndTheyMakeAPlanDifferent() {
        Plan plan = Plan.empty("Folds").withService(Service.builder("web", ServiceKind.APPLICATION).region("eu").build());
        Plan folded = plan.withFolded(FoldedGroups.NONE.with(GroupKind.REGION, "eu", true));

        assertFalse(folded.equals(plan), "folding is an edit: undo, the dirty flag and saving see it");
        Plan edited = folded.withName("Renamed").withServiceIdChanged("web", "www")
                .withDependency(Dependency.hard("www", "db")).withoutServices(List.of("db"));
        assertEquals(Set.of("eu"), edited.folded().regions());
    }
}
