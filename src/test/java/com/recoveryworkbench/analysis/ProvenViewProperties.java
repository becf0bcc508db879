package com.recoveryworkbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.recoveryworkbench.analysis.drill.ProvenAnalyzer;
import com.recoveryworkbench.analysis.drill.ProvenResult;
import com.recoveryworkbench.analysis.drill.ProvenView;
import com.recoveryworkbench.model.ClaimedRecovery;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.testplans.RandomPlanArbitraries;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The proven view agrees with the plan wherever the drills have nothing new to say. */
class ProvenViewProperties {
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    private final ProvenAnalyzer analyzer = new ProvenAnalyzer();

    @Provide
    Arbitrary<Plan> plans() {
        return RandomPlanArbitraries.plans(true);
    }

    @Property(tries = 200)
    void withoutDrillsProvenEqualsPlanned(@ForAll("plans") Plan plan) {
        ProvenView view = analyzer.analyze(plan, AS_OF);

        assertEquals(view.planned().results(), view.proven().results());
        assertEquals(view.planned().findings(), view.proven().findings());
        for (ProvenResult result : view.results()) {
            assertEquals(result.plannedUp(), result.provenUp(), result.id());
            assertNull(result.evidence(), result.id());
        }
    }

    @Property(tries = 200)
    void aMeasurementEqualToThePlannedTimeChangesNothing(@ForAll("plans") Plan plan, @ForAll long seed) {
        Random pick = new Random(seed);
        List<DrillResult> asPlanned = plan.services().stream()
                .filter(s -> s.restoreTime() != null && !s.restoreTime().isZero() && pick.nextBoolean())
                .map(s -> measuredAsPlanned(plan, s)).toList();
        Plan drilled = plan.withDrill(new Drill("as-planned", AS_OF.minusDays(1), "", null, "", asPlanned));

        ProvenView before = analyzer.analyze(plan, AS_OF);
        ProvenView after = analyzer.analyze(drilled, AS_OF);

        assertEquals(before.proven().results(), after.proven().results());
        assertEquals(before.proven().findings(), after.proven().findings());
        assertEquals(before.results().stream().map(ProvenResult::provenUp).toList(),
                after.results().stream().map(ProvenResult::provenUp).toList());
    }

    private static DrillResult measuredAsPlanned(Plan plan, Service service) {
        return new DrillResult(service.id(), service.restoreTime(), null, DrillOutcome.RECOVERED,
                ClaimedRecovery.of(plan, service.id()), "");
    }
}
