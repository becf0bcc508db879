package com.recoveryworkbench.analysis.uncertainty;

import static com.recoveryworkbench.testplans.PlanBuilder.minutes;
import static com.recoveryworkbench.testplans.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.RestoreTimeRange;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.testplans.PlanBuilder;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/**
 * The Monte Carlo against hand-worked figures. A service ranged 10m–30m around 20m draws from
 * Beta(3, 3) stretched over 20 minutes, whose distribution function is 10x³ − 15x⁴ + 6x⁵: the median is
 * 20m, the 90th percentile x = 0.75336 (25m04s), and the chance of being up within 25m (x = 0.75) is
 * 0.896484375.
 */
class UncertaintyAnalyzerTest {
    private static final RestoreTimeRange TEN_TO_THIRTY = new RestoreTimeRange(minutes(10), minutes(30));
    private final UncertaintyAnalyzer analyzer = new UncertaintyAnalyzer();

    private static Plan ranged() {
        return plan().declarationDelay(Duration.ZERO)
                .service("db", "DB", 20, b -> b.restoreTimeRange(TEN_TO_THIRTY).rtoTarget(minutes(25)))
                .service("app", "App", 10, b -> b.rtoTarget(minutes(40)))
                .service("web", "Web", 5, b -> b.rtoTarget(minutes(4)))
                .hard("app", "db")
                .build();
    }

    private Uncertainty run(Plan plan, int runs, long seed) {
        return analyzer.analyze(plan, plan.totalScenario(), runs, seed, () -> false).orElseThrow();
    }

    @Test
    void aLoneRangedServiceHasThePertQuantilesAndDistributionFunction() {
        ServiceUncertainty db = run(ranged(), 20_000, 1).service("db").orElseThrow();

        assertEquals(1_200, db.p50Up().getSeconds(), 15);
        assertEquals(1_504, db.p90Up().getSeconds(), 15);
        assertEquals(0.896484375, db.meetProbability(), 0.01);
    }

    @Test
    void aDependentCarriesItsDependencysSpreadAndAnUnrelatedServiceKeepsItsPlannedNumbers() {
        Uncertainty uncertainty = run(ranged(), 2_000, 1);
        ServiceUncertainty db = uncertainty.service("db").orElseThrow();
        ServiceUncertainty app = uncertainty.service("app").orElseThrow();

        assertEquals(db.p50Up().plus(minutes(10)), app.p50Up());
        assertEquals(db.p90Up().plus(minutes(10)), app.p90Up());
        assertEquals(1.0, app.meetProbability());
        assertEquals(new ServiceUncertainty("web", minutes(5), minutes(5), 0.0), uncertainty.service("web").orElseThrow());
    }

    @Test
    void theSameSeedGivesTheSameFiguresAndAnotherSeedOthers() {
        assertEquals(run(ranged(), 500, 42), run(ranged(), 500, 42));
        assertNotEquals(run(ranged(), 500, 42).services(), run(ranged(), 500, 43).services());
    }

    @Test
    void theFiguresDoNotDependOnTheNumberOfThreads() throws Exception {
        Plan plan = ranged();
        Uncertainty oneThread = inPool(1, plan);
        Uncertainty fourThreads = inPool(4, plan);

        assertEquals(oneThread, fourThreads);
    }

    private Uncertainty inPool(int threads, Plan plan) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            // A parallel stream started inside a pool's task runs in that pool.
            return pool.submit(() -> run(plan, 1_000, 9)).get();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aPlanWithoutRangesHasNoUncertainty() {
        Plan plain = plan().service("db", "DB", 20).service("app", "App", 10).hard("app", "db").build();

        assertEquals(Optional.empty(), analyzer.analyze(plain, plain.totalScenario()));
        assertTrue(UncertaintyAnalyzer.hasRanges(ranged()));
        assertEquals(false, UncertaintyAnalyzer.hasRanges(plain));
    }

    @Test
    void aServiceTheScenarioLeavesRunningIsUpAtZeroInEveryRun() {
        Plan plan = ranged();
        Scenario losingWebOnly = PlanBuilder.losingServices("web");

        Uncertainty uncertainty = analyzer.analyze(plan, losingWebOnly, 200, 1, () -> false).orElseThrow();

        assertEquals(new ServiceUncertainty("db", Duration.ZERO, Duration.ZERO, 1.0), uncertainty.service("db").orElseThrow());
    }

    @Test
    void stoppingEndsTheWorkAndBadRunCountsAreRefused() {
        Plan plan = ranged();
        assertThrows(CancellationException.class,
                () -> analyzer.analyze(plan, plan.totalScenario(), 100, 1, () -> true));
        assertThrows(IllegalArgumentException.class,
                () -> analyzer.analyze(plan, plan.totalScenario(), 0, 1, () -> false));
    }
}
