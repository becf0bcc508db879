package com.recoveryworkbench.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanMergeTest {
    private static final Service CHECKOUT = Service.builder("checkout", ServiceKind.APPLICATION).name("Checkout")
            .tier("tier-0").restoreTime(Duration.ofMinutes(8)).notes("drilled in May").region("eu-west")
            .position(500, 500).build();
    private static final Service LEGACY_DB = Service.builder("legacy-db", ServiceKind.DATABASE).name("Legacy DB")
            .tier("tier-1").restoreTime(Duration.ofMinutes(40)).position(900, 200).build();
    private static final Plan CURRENT = new Plan("Worked plan", "notes", Settings.DEFAULT, TierPolicy.defaults(),
            List.of(CHECKOUT, LEGACY_DB), List.of(Dependency.soft("checkout", "legacy-db")));

    private static Plan imported(List<Service> services, List<Dependency> dependencies) {
        return new Plan("catalog", "", Settings.DEFAULT, TierPolicy.defaults(), services, dependencies);
    }

    @Test
    void aMatchedServiceTakesOnlyTheFieldsTheImportCarries() {
        Service incoming = Service.builder("checkout", ServiceKind.EXTERNAL).name("Checkout v2").owner("payments")
                .position(60, 60).build();

        MergeResult result = PlanMerge.merge(CURRENT, imported(List.of(incoming), List.of()),
                Map.of("checkout", Set.of(ServiceField.NAME, ServiceField.OWNER)));

        Service merged = result.plan().service("checkout").orElseThrow();
        assertAll(
                () -> assertEquals(CHECKOUT.toBuilder().name("Checkout v2").owner("payments").build(), merged),
                () -> assertEquals(List.of("checkout"), result.updated()),
                () -> assertEquals(List.of(), result.added()),
                () -> assertEquals(List.of(), result.unchanged()));
    }

    @Test
    void anImportedRestoreTimeKeepsTheRestoreRangeOnlyWhenItFallsInside() {
        RestoreTimeRange range = new RestoreTimeRange(Duration.ofMinutes(30), Duration.ofHours(1));
        Plan ranged = CURRENT.withService(LEGACY_DB.toBuilder().restoreTimeRange(range).build());
        Map<String, Set<ServiceField>> restoreTimeOnly = Map.of("legacy-db", Set.of(ServiceField.RESTORE_TIME));

        Plan inside = PlanMerge.merge(ranged, imported(List.of(Service.builder("legacy-db", ServiceKind.DATABASE)
                .restoreTime(Duration.ofMinutes(50)).build()), List.of()), restoreTimeOnly).plan();
        Plan outside = PlanMerge.merge(ranged, imported(List.of(Service.builder("legacy-db", ServiceKind.DATABASE)
                .restoreTime(Duration.ofMinutes(10)).build()), List.of()), restoreTimeOnly).plan();

        assertEquals(range, inside.service("legacy-db").orElseThrow().restoreTimeRange());
        assertEquals(Duration.ofMinutes(10), outside.service("legacy-db").orElseThrow().restoreTime());
        assertEquals(null, outside.service("legacy-db").orElseThrow().restoreTimeRange());
    }

    @Test
    void aMatchedServiceWhoseCarriedFieldsAgreeIsUnchanged() {
        Service incoming = Service.builder("legacy-db", ServiceKind.DATABASE).name("Legacy DB").build();

        MergeResult result = PlanMerge.merge(CURRENT, imported(List.of(incoming), List.of()),
                Map.of("legacy-db", Set.of(ServiceField.NAME, ServiceField.KIND)));

        assertAll(
                () -> assertEquals(CURRENT, result.plan()),
                () -> assertEquals(List.of("legacy-db"), result.unchanged()),
                () -> assertTrue(result.changedNothing()));
    }

    @Test
    void newServicesAreAddedAsABlockRightOfTheRightmostCard() {
        Service cache = Service.builder("cache", ServiceKind.CACHE).position(60, 60).build();
        Service auth = Service.builder("auth", ServiceKind.IDENTITY).position(340, 190).build();

        MergeResult result = PlanMerge.merge(CURRENT, imported(List.of(cache, auth), List.of()), Map.of());

        // The rightmost card is at x = 900; the block's left edge (60) moves to 900 + 320 = 1220.
        assertAll(
                () -> assertEquals(new Position(1220, 60), result.plan().service("cache").orElseThrow().position()),
                () -> assertEquals(new Position(1500, 190), result.plan().service("auth").orElseThrow().position()),
                () -> assertEquals(List.of("auth", "cache"), result.added()));
    }

    @Test
    void intoAnEmptyPlanServicesKeepTheirImportedPositions() {
        Service cache = Service.builder("cache", ServiceKind.CACHE).position(60, 60).build();

        MergeResult result = PlanMerge.merge(Plan.empty("New"), imported(List.of(cache), List.of()), Map.of());

        assertEquals(cache, result.plan().service("cache").orElseThrow());
    }

    @Test
    void dependenciesAreUnionedAndTheCurrentTypeOfOneInBothStays() {
        Plan incoming = imported(List.of(Service.builder("checkout", ServiceKind.APPLICATION).build(),
                        Service.builder("auth", ServiceKind.IDENTITY).build()),
                List.of(Dependency.hard("checkout", "legacy-db"), Dependency.hard("checkout", "auth")));

        MergeResult result = PlanMerge.merge(CURRENT, incoming, Map.of());

        assertAll(
                () -> assertEquals(List.of(Dependency.hard("checkout", "auth"), Dependency.soft("checkout", "legacy-db")),
                        result.plan().dependencies()),
                () -> assertEquals(List.of(Dependency.hard("checkout", "auth")), result.addedDependencies()));
    }

    @Test
    void servicesTheImportDoesNotMentionAndThePlansOwnSettingsStay() {
        Plan incoming = new Plan("catalog", "other", Settings.DEFAULT, List.of(TierPolicy.defaults().get(0)),
                List.of(Service.builder("auth", ServiceKind.IDENTITY).build()), List.of());

        Plan merged = PlanMerge.merge(CURRENT, incoming, Map.of()).plan();

        assertAll(
                () -> assertEquals("Worked plan", merged.name()),
                () -> assertEquals("notes", merged.description()),
                () -> assertEquals(CURRENT.tiers(), merged.tiers()),
                () -> assertEquals(CHECKOUT, merged.service("checkout").orElseThrow()),
                () -> assertEquals(LEGACY_DB, merged.service("legacy-db").orElseThrow()));
    }
}
