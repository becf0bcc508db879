package com.recoveryworkbench.analysis.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A diff reports scenarios and what a change does in each. DB (eu, 40m) ← Web (us, 6m), no
 * declaration delay; the scenario eu-lost loses eu. Giving DB a warm standby in us (5m failover)
 * changes nothing when everything is lost, but brings DB back at 5m instead of 40m in eu-lost.
 */
class ScenarioDiffTest {
    private static final Scenario EU_LOST = Scenario.losing("eu-lost", "eu lost", List.of("eu"), List.of());

    private static Plan plan(Service.Builder db) {
        return new Plan("Shop", "", Settings.DEFAULT, TierPolicy.defaults(),
                List.of(db.build(), Service.builder("web", ServiceKind.APPLICATION).name("Web").region("us")
                        .restoreTime(Duration.ofMinutes(6)).build()),
                List.of(Dependency.hard("web", "db")), List.of(EU_LOST));
    }

    private static Service.Builder db() {
        return Service.builder("db", ServiceKind.DATABASE).name("DB").region("eu").restoreTime(Duration.ofMinutes(40));
    }

    @Test
    void aStandbyChangesNothingWhenEverythingIsLostButSpeedsUpTheRegionLoss() {
        Plan before = plan(db());
        Plan after = plan(db().strategy(RecoveryStrategy.WARM_STANDBY).standbyRegion("us")
                .failoverTime(Duration.ofMinutes(5)));

        PlanComparison diff = PlanDiff.compare(before, after);

        assertEquals(List.of(new FieldChange("strategy", null, "warm-standby"), new FieldChange("standbyRegion", null,
                "us"), new FieldChange("failoverTime", null, "5m")), diff.servicesChanged().get(0).changes());
        assertTrue(diff.effect().isEmpty(), diff.effect().toString());
        ScenarioChange euLost = diff.scenariosChanged().get(0);
        assertEquals("eu-lost", euLost.id());
        assertEquals(List.of(), euLost.changes());
        assertEquals(List.of("db 40m→5m", "web 40m→5m"), euLost.effect().services().stream()
                .map(s -> s.id() + " " + s.upBefore().toMinutes() + "m→" + s.upAfter().toMinutes() + "m").toList());
    }

    @Test
    void addedRemovedAndEditedScenariosAreChanges() {
        Plan before = plan(db());
        Plan after = before.withoutScenario("eu-lost")
                .withScenario(Scenario.losing("us-lost", "us lost", List.of("us"), List.of()))
                .withScenario(Scenario.TOTAL.withName("Data centre burns"));

        PlanComparison diff = PlanDiff.compare(before, after);

        assertEquals(List.of("us-lost"), diff.scenariosAdded().stream().map(Scenario::id).toList());
        assertEquals(List.of("eu-lost"), diff.scenariosRemoved().stream().map(Scenario::id).toList());
        assertEquals(List.of(new FieldChange("totalScenario.name", "Everything lost", "Data centre burns")),
                diff.plan());
        assertFalse(diff.onlyLayoutDiffers());

        PlanComparison widened = PlanDiff.compare(before, before.withScenario(EU_LOST.withRegions(List.of("eu", "us"))));
        assertEquals(List.of(new FieldChange("regions", "eu", "eu, us")), widened.scenariosChanged().get(0).changes());
        assertEquals(List.of("web"), widened.scenariosChanged().get(0).effect().services().stream()
                .map(ServiceEffect::id).toList());
        assertFalse(widened.isIdentical());
    }
}
