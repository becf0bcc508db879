package com.recoveryworkbench.analysis.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.DependencyType;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import com.recoveryworkbench.testplans.TestPlans;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanDiffTest {
    private final Plan shop = TestPlans.shop();

    @Test
    void samePlanIsIdenticalWithNoEffect() {
        PlanComparison diff = PlanDiff.compare(shop, TestPlans.shop());

        assertTrue(diff.isIdentical());
        assertTrue(diff.effect().isEmpty());
        assertEquals(Duration.ofMinutes(52), diff.effect().makespanBefore());
    }

    @Test
    void renameReadsAsNameChangeFromOldToNew() {
        Plan renamed = shop.withService(service("legacy-db").toBuilder().name("Legacy order DB").build());

        PlanComparison diff = PlanDiff.compare(shop, renamed);

        assertEquals(List.of(new ServiceChange("legacy-db", "Legacy order DB",
                List.of(new FieldChange("name", "Legacy DB", "Legacy order DB")))), diff.servicesChanged());
        assertFalse(diff.onlyLayoutDiffers());
    }

    @Test
    void everyServiceFieldButPositionIsCompared() {
        Service before = service("catalog");
        Service after = before.toBuilder().kind(ServiceKind.CACHE).tier("tier-1").restoreTime(null).stateful(true)
                .protection(DataProtection.backup(Duration.ofHours(1), Duration.ofMinutes(10)))
                .strategy(RecoveryStrategy.WARM_STANDBY).rtoTarget(Duration.ofMinutes(30))
                .rpoTarget(Duration.ofMinutes(90)).owner("shop").region("eu-west").group("Storefront")
                .notes("new").build();

        PlanComparison diff = PlanDiff.compare(shop, shop.withService(after));

        assertEquals(List.of(
                new FieldChange("kind", "application", "cache"),
                new FieldChange("tier", "tier-2", "tier-1"),
                new FieldChange("restoreTime", "10m", null),
                new FieldChange("stateful", null, "yes"),
                new FieldChange("protection", "none", "backup every 1h, transfer 10m"),
                new FieldChange("strategy", null, "warm-standby"),
                new FieldChange("rtoTarget", null, "30m"),
                new FieldChange("rpoTarget", null, "1h30m"),
                new FieldChange("owner", "web", "shop"),
                new FieldChange("region", null, "eu-west"),
                new FieldChange("group", null, "Storefront"),
                new FieldChange("notes", null, "new")), diff.servicesChanged().get(0).changes());
    }

    @Test
    void movingAServiceToAnotherNamedGroupReadsLikeAChangedRegion() {
        Plan grouped = shop.withService(service("auth").toBuilder().group("Identity").region("eu").build());
        Plan regrouped = grouped.withService(service("auth").toBuilder().group("Platform").region("us").build());

        PlanComparison diff = PlanDiff.compare(grouped, regrouped);

        assertEquals(List.of(new ServiceChange("auth", "Auth", List.of(new FieldChange("region", "eu", "us"),
                new FieldChange("group", "Identity", "Platform")))), diff.servicesChanged());
        assertFalse(diff.onlyLayoutDiffers(), "a group is the person's fact, not a card's place");
    }

    @Test
    void movedServicesAreLayoutNotChanges() {
        Plan moved = shop.withServices(List.of(service("auth").withPosition(new Position(300, 0)),
                service("checkout").withPosition(new Position(600, 0))));

        PlanComparison diff = PlanDiff.compare(shop, moved);

        assertEquals(List.of("auth", "checkout"), diff.servicesMoved());
        assertEquals(List.of(), diff.servicesChanged());
        assertTrue(diff.onlyLayoutDiffers());
        assertFalse(diff.isIdentical());
    }

    @Test
    void pinningOrForcingALayerIsLayoutLikeAMove() {
        Plan hinted = shop.withServices(List.of(service("auth").toBuilder().pinned(true).build(),
                service("checkout").toBuilder().layer(3).build()));

        PlanComparison diff = PlanDiff.compare(shop, hinted);

        assertEquals(List.of("auth", "checkout"), diff.servicesMoved());
        assertTrue(diff.onlyLayoutDiffers());
        assertFalse(diff.isIdentical());
    }

    @Test
    void addedAndRemovedServicesAreListedById() {
        Service search = Service.builder("search", ServiceKind.APPLICATION).restoreTime(Duration.ofMinutes(5)).build();
        Plan changed = shop.withoutServices(List.of("catalog")).withService(search);

        PlanComparison diff = PlanDiff.compare(shop, changed);

        assertEquals(List.of(search), diff.servicesAdded());
        assertEquals(List.of(service("catalog")), diff.servicesRemoved());
        // Removing Catalog also removes its soft dependency on Auth.
        assertEquals(List.of(Dependency.soft("catalog", "auth")), diff.dependenciesRemoved());
        // Search is new: nothing before it, so wave 1, up at 5m against tier-2's 4h: meets.
        ServiceEffect added = diff.effect().services().stream().filter(e -> e.id().equals("search")).findFirst()
                .orElseThrow();
        assertEquals(new ServiceEffect("search", "search", null, 1, null, Duration.ofMinutes(5), null,
                Verdict.MEETS), added);
    }

    @Test
    void dependenciesAddedRemovedAndRetyped() {
        Plan changed = shop.withoutDependencies(List.of(Dependency.hard("auth", "legacy-db")))
                .withDependencies(List.of(Dependency.hard("catalog", "legacy-db"),
                        new Dependency("catalog", "auth", DependencyType.HARD)));

        PlanComparison diff = PlanDiff.compare(shop, changed);

        assertEquals(List.of(Dependency.hard("catalog", "legacy-db")), diff.dependenciesAdded());
        assertEquals(List.of(Dependency.hard("auth", "legacy-db")), diff.dependenciesRemoved());
        assertEquals(List.of(new DependencyChange("catalog", "auth", DependencyType.SOFT, DependencyType.HARD)),
                diff.dependenciesRetyped());
    }

    @Test
    void tierPoliciesAddedRemovedAndChanged() {
        List<TierPolicy> tiers = new ArrayList<>(shop.tiers());
        TierPolicy gold = new TierPolicy("gold", "Gold", Duration.ofMinutes(30), Duration.ofMinutes(5), null,
                "#ffd700");
        TierPolicy tier3 = tiers.remove(3);
        tiers.set(0, tiers.get(0).withTargets(Duration.ofMinutes(20), Duration.ofMinutes(5)).withColor("#000000"));
        tiers.add(gold);

        PlanComparison diff = PlanDiff.compare(shop, shop.withTiers(tiers));

        assertEquals(List.of(gold), diff.tiersAdded());
        assertEquals(List.of(tier3), diff.tiersRemoved());
        assertEquals(List.of(new TierChange("tier-0", List.of(new FieldChange("rtoTarget", "15m", "20m"),
                new FieldChange("color", "#b2182b", "#000000")))), diff.tiersChanged());
    }

    @Test
    void settingsAndPlanNameAndDescription() {
        Plan changed = shop.withName("Web shop").withDescription("The shop.")
                .withSettings(new Settings(Duration.ofMinutes(15), 2));

        PlanComparison diff = PlanDiff.compare(shop, changed);

        assertEquals(List.of(new FieldChange("name", "Shop", "Web shop"),
                new FieldChange("description", null, "The shop.")), diff.plan());
        assertEquals(List.of(new FieldChange("declarationDelay", "0s", "15m"),
                new FieldChange("restoreCapacity", "unlimited", "2")), diff.settings());
    }

    private Service service(String id) {
        return shop.service(id).orElseThrow();
    }
}
