package com.recoveryworkbench.ui.timeline;

import java.util.Set;
import com.recoveryworkbench.testplans.DrilledPlans;
import com.recoveryworkbench.analysis.drill.ProvenView;
import com.recoveryworkbench.analysis.drill.ProvenAnalyzer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.testplans.TestPlans;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineChartTest {
    private static TimelineChart chart(Plan plan, TimelineChart.Grouping grouping) {
        return TimelineChart.of(plan, new RecoveryAnalyzer().analyze(plan), grouping);
    }

    private static List<String> labels(TimelineChart chart) {
        return chart.rows().stream().map(TimelineRow::label).toList();
    }

    @Test
    void byWaveEachWaveHeadsItsBarsSortedByStartThenName() {
        TimelineChart chart = chart(TestPlans.checkout(), TimelineChart.Grouping.WAVE);

        assertEquals(List.of("Wave 1", "Catalog", "Legacy DB", "Wave 2", "Auth", "Wave 3", "Checkout"), labels(chart));
        TimelineRow auth = chart.rows().get(4);
        assertEquals(Duration.ofMinutes(40), auth.start());
        assertEquals(Duration.ofMinutes(44), auth.up());
    }

    @Test
    void byOwnerGroupsAreSortedByOwner() {
        TimelineChart chart = chart(TestPlans.checkout(), TimelineChart.Grouping.OWNER);

        assertEquals(List.of("Owner: data", "Legacy DB", "Owner: platform", "Auth", "Owner: web", "Catalog", "Checkout"),
                labels(chart));
    }

    @Test
    void tierTargetsNearTheScheduleBecomeLabelledMarkers() {
        TimelineChart chart = chart(TestPlans.checkout(), TimelineChart.Grouping.WAVE);

        // Makespan 52m: targets up to 1h44m are drawn, the 4h and 24h ones would squash the bars.
        assertEquals(List.of("T0 15m", "T1 1h"), chart.markers().stream().map(TimelineChart.Marker::label).toList());
        assertEquals(Duration.ofMinutes(63), chart.end());
    }

    @Test
    void aTierWithoutServicesDrawsNoMarker() {
        Plan plan = TestPlans.checkout();
        Plan noTier0 = plan.withServices(plan.services().stream().filter(s -> s.tier().equals("tier-0"))
                .map(s -> s.toBuilder().tier("tier-1").build()).toList());

        assertEquals(List.of("T1 1h"), chart(noTier0, TimelineChart.Grouping.WAVE).markers().stream()
                .map(TimelineChart.Marker::label).toList());
    }

    @Test
    void theDeclarationDelayIsCarriedForShading() {
        Plan plan = TestPlans.checkout().withSettings(Settings.DEFAULT.withDeclarationDelay(Duration.ofMinutes(15)));

        assertEquals(Duration.ofMinutes(15), chart(plan, TimelineChart.Grouping.WAVE).declarationDelay());
    }

    @Test
    void servicesInACycleAreListedLastWithoutABar() {
        Plan plan = TestPlans.checkout()
                .withService(Service.builder("a", ServiceKind.APPLICATION).name("Alpha").restoreTime(Duration.ofMinutes(5)).build())
                .withService(Service.builder("b", ServiceKind.APPLICATION).name("Beta").restoreTime(Duration.ofMinutes(5)).build())
                .withDependencies(List.of(Dependency.hard("a", "b"), Dependency.hard("b", "a")));

        List<TimelineRow> rows = chart(plan, TimelineChart.Grouping.WAVE).rows();

        assertEquals(List.of("Without a bar", "Alpha", "Beta"),
                rows.subList(rows.size() - 3, rows.size()).stream().map(TimelineRow::label).toList());
        assertEquals("blocked by a cycle", rows.get(rows.size() - 1).note());
        assertEquals(TimelineRow.Kind.UNSCHEDULED, rows.get(rows.size() - 1).kind());
    }

    @Test
    void ticksAreAtLeastTheAskedGapApart() {
        TimelineScale scale = new TimelineScale(Duration.ofHours(1), 200, 800);

        // 600 px for 60 minutes: 10 px a minute, so 70 px needs the 10-minute step.
        assertEquals(Duration.ofMinutes(10), scale.tickStep(70));
        assertEquals(500.0, scale.x(Duration.ofMinutes(30)));
    }

    @Test
    void aMeasuredServiceCarriesItsBarOnTheOtherBasis() {
        Plan plan = DrilledPlans.checkout();
        ProvenView view = new ProvenAnalyzer().analyze(plan, DrilledPlans.NOV_17);

        TimelineChart chart = TimelineChart.of(plan, view.proven(), TimelineChart.Grouping.WAVE)
                .withOtherBasis(view.planned(), Set.of("legacy-db", "catalog"), true);

        TimelineRow db = chart.rows().stream().filter(r -> "legacy-db".equals(r.id())).findFirst().orElseThrow();
        assertEquals(Duration.ofMinutes(55), db.up());
        assertEquals(Duration.ZERO, db.otherStart());
        assertEquals(Duration.ofMinutes(40), db.otherUp());
        // Checkout is later on the proven basis, but no drill measured it: one bar only.
        TimelineRow checkout = chart.rows().stream().filter(r -> "checkout".equals(r.id())).findFirst().orElseThrow();
        assertEquals(Duration.ofMinutes(67), checkout.up());
        assertEquals(false, checkout.hasOther());
        assertEquals(true, chart.proven());
        assertEquals(true, chart.hasOtherBars());
    }

    @Test
    void theTimeAxisReachesTheLaterScheduleOfTheTwo() {
        Plan plan = DrilledPlans.checkout();
        ProvenView view = new ProvenAnalyzer().analyze(plan, DrilledPlans.NOV_17);
        TimelineChart planned = TimelineChart.of(plan, view.planned(), TimelineChart.Grouping.WAVE);

        TimelineChart both = planned.withOtherBasis(view.proven(), Set.of("legacy-db"), false);

        // The proven Legacy DB bar ends at 55m; the axis leaves a twentieth more.
        assertEquals(true, both.end().compareTo(Duration.ofSeconds(55 * 60 + 55 * 3)) >= 0, both.end().toString());
        assertEquals(false, both.proven());
    }
}
