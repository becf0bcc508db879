package com.recoveryworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Summaries of a plan worked out by hand: in eu-west DB 40m (tier 2), Auth 4m after DB (up at 44m),
 * Checkout 8m after Auth (up at 52m, past its tier-0 target of 15m); in us-east Web 5m alone.
 */
class LaneSummaryTest {
    private final Plan plan = new Plan("Checkout", "", Settings.DEFAULT, TierPolicy.defaults(), List.of(
            service("db", 40, "tier-2", "eu-west"), service("auth", 4, "tier-2", "eu-west"),
            service("checkout", 8, "tier-0", "eu-west"), service("web", 5, "tier-2", "us-east"),
            service("batch", 5, "tier-2", "")),
            List.of(Dependency.hard("auth", "db"), Dependency.hard("checkout", "auth")));
    private final Analysis analysis = new RecoveryAnalyzer().analyze(plan);

    private static Service service(String id, long minutes, String tier, String region) {
        return Service.builder(id, ServiceKind.APPLICATION).tier(tier).region(region)
                .restoreTime(Duration.ofMinutes(minutes)).build();
    }

    @Test
    void aLaneSaysHowManyServicesWhatMissesAndWhenTheLastIsUp() {
        Map<String, LaneSummary> summaries = LaneSummary.of(plan, LaneGrouping.REGION, analysis, Set.of());

        assertEquals(Set.of("eu-west", "us-east"), summaries.keySet(), "no lane for services without a region");
        assertEquals("eu-west · 3 services · 1 ✗ · up by 52m", summaries.get("eu-west").text());
        assertEquals(List.of("us-east", "1 service", "up by 5m"), summaries.get("us-east").parts());
    }

    @Test
    void servicesNotRestoredYetAreCountedAsSuchAndTellNothingMore() {
        Map<String, LaneSummary> summaries = LaneSummary.of(plan, LaneGrouping.REGION, analysis, Set.of("checkout"));

        assertEquals("eu-west · 3 services · 1 not up yet", summaries.get("eu-west").text());
    }

    @Test
    void beforeTheFirstAnalysisOnlyTheCount() {
        assertEquals("eu-west · 3 services", LaneSummary.of(plan, LaneGrouping.REGION, null, Set.of())
                .get("eu-west").text());
    }

    @Test
    void servicesAScenarioLeavesRunningAreCountedLastWithTheirSymbol() {
        LaneSummary summary = new LaneSummary("us-east", 4, 0, Map.of(Verdict.UNAFFECTED, 3, Verdict.MISSED, 1),
                Duration.ofMinutes(5));

        assertEquals(List.of("us-east", "4 services", "1 ✗", "3 ○", "up by 5m"), summary.parts());
    }
}
