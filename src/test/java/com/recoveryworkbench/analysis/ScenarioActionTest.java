package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.testplans.PlanBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.UnaryOperator;

import static com.recoveryworkbench.analysis.AnalysisAssertions.stateAndUp;
import static com.recoveryworkbench.testplans.PlanBuilder.losingRegions;
import static com.recoveryworkbench.testplans.PlanBuilder.losingServices;
import static com.recoveryworkbench.testplans.PlanBuilder.minutes;
import static com.recoveryworkbench.testplans.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rules 1 and 2: which services a scenario hits, and what each hit service must do itself. No
 * dependencies and no declaration delay, so a service's up time is its own action's time.
 */
class ScenarioActionTest {

    /** Eight services, most in eu, with every strategy; standbys in us unless said otherwise. */
    private static PlanBuilder regions() {
        return plan()
                .service("db", "DB", 40, b -> b.region("eu"))
                .service("web", "Web", 10, b -> b.region("us"))
                .service("api", "API", 30, standby(RecoveryStrategy.ACTIVE_ACTIVE, "us", null))
                .service("cache", "Cache", 20, standby(RecoveryStrategy.WARM_STANDBY, "us", 3L))
                .service("queue", "Queue", 25, standby(RecoveryStrategy.PILOT_LIGHT, "us", 7L))
                .service("report", "Report", 15, standby(RecoveryStrategy.WARM_STANDBY, "eu", 2L))
                .service("batch", "Batch", 12, standby(RecoveryStrategy.BACKUP_RESTORE, "us", 1L))
                .service("legacy", "Legacy", 9, b -> b.region("eu").standbyRegion("us").failoverTime(minutes(1)));
    }

    private static UnaryOperator<Service.Builder> standby(RecoveryStrategy strategy, String standbyRegion,
                                                          Long failoverMinutes) {
        return b -> b.region("eu").strategy(strategy).standbyRegion(standbyRegion)
                .failoverTime(failoverMinutes == null ? null : minutes(failoverMinutes));
    }

    private static List<String> states(Analysis analysis) {
        return List.of("db", "web", "api", "cache", "queue", "report", "batch", "legacy").stream()
                .map(id -> id + " " + stateAndUp(analysis, id)).toList();
    }

    @Test
    void aLostRegionRestoresItsServicesUnlessTheirStandbyRegionSurvives() {
        assertEquals(List.of("db restored 40", "web unaffected 0", "api unaffected 0", "cache failed-over 3",
                        "queue failed-over 7", "report restored 15", "batch restored 12", "legacy restored 9"),
                states(regions().analyze(losingRegions("eu"))));
    }

    @Test
    void servicesInOtherRegionsAreNotHit() {
        assertEquals(List.of("db unaffected 0", "web restored 10", "api unaffected 0", "cache unaffected 0",
                        "queue unaffected 0", "report unaffected 0", "batch unaffected 0", "legacy unaffected 0"),
                states(regions().analyze(losingRegions("us"))));
    }

    @Test
    void losingTheStandbyRegionTooLeavesARestore() {
        assertEquals(List.of("db restored 40", "web restored 10", "api restored 30", "cache restored 20",
                        "queue restored 25", "report restored 15", "batch restored 12", "legacy restored 9"),
                states(regions().analyze(losingRegions("eu", "us"))));
    }

    @Test
    void aLostServiceIsHitWhereverItRunsAndFailsOverToItsStandby() {
        assertEquals(List.of("db unaffected 0", "web restored 10", "api unaffected 0", "cache failed-over 3",
                        "queue unaffected 0", "report failed-over 2", "batch unaffected 0", "legacy unaffected 0"),
                states(regions().analyze(losingServices("web", "cache", "report", "api"))));
    }

    @Test
    void dataCorruptionRestoresEveryHitServiceWhateverItsStrategy() {
        Scenario corrupted = losingRegions("eu").withDataCorruption(true);

        assertEquals(List.of("db restored 40", "web unaffected 0", "api restored 30", "cache restored 20",
                        "queue restored 25", "report restored 15", "batch restored 12", "legacy restored 9"),
                states(regions().analyze(corrupted)));
    }

    @Test
    void theTotalScenarioRestoresEverythingWhateverTheStrategies() {
        assertEquals(List.of("db restored 40", "web restored 10", "api restored 30", "cache restored 20",
                        "queue restored 25", "report restored 15", "batch restored 12", "legacy restored 9"),
                states(regions().analyze()));
    }

    @Test
    void aStrategyWithoutAStandbyRegionRestores() {
        Analysis analysis = plan()
                .service("api", "API", 30, b -> b.region("eu").strategy(RecoveryStrategy.ACTIVE_ACTIVE))
                .service("cache", "Cache", 20, b -> b.region("eu").strategy(RecoveryStrategy.WARM_STANDBY)
                        .failoverTime(minutes(3)))
                .analyze(losingRegions("eu"));

        assertEquals("restored 30", stateAndUp(analysis, "api"));
        assertEquals("restored 20", stateAndUp(analysis, "cache"));
    }

    @Test
    void aScenarioNamingAServiceThePlanLacksHitsNothing() {
        Analysis analysis = regions().analyze(losingServices("ghost"));

        assertEquals(8, analysis.results().stream().filter(r -> r.verdict() == Verdict.UNAFFECTED).count());
        assertEquals(null, analysis.makespan());
    }
}
