package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.ServiceKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.recoveryworkbench.analysis.AnalysisAssertions.findings;
import static com.recoveryworkbench.analysis.AnalysisAssertions.onlyFinding;
import static com.recoveryworkbench.testplans.PlanBuilder.minutes;
import static com.recoveryworkbench.testplans.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FindingsTest {

    @Test
    void hardDependencyOnASlowerTierIsATierInversion() {
        Analysis analysis = plan()
                .service("checkout", "Checkout", 5, b -> b.tier("tier-1").rtoTarget(minutes(20)))
                .service("reporting-db", "Reporting DB", 5, b -> b.tier("tier-2"))
                .hard("checkout", "reporting-db")
                .analyze();

        Finding inversion = onlyFinding(analysis, Finding.RULE_TIER_INVERSION);
        assertEquals(Severity.WARNING, inversion.severity());
        assertEquals(List.of("checkout", "reporting-db"), inversion.services());
        assertEquals("Checkout (RTO 20m) hard-depends on Reporting DB (RTO 4h): its target lets it come back after Checkout must be up",
                inversion.message());
    }

    @Test
    void softOrEquallyFastOrFasterDependenciesAreNoInversion() {
        Analysis analysis = plan()
                .service("app", "App", 5, b -> b.tier("tier-1"))
                .service("peer", "Peer", 5, b -> b.tier("tier-1"))
                .service("fast", "Fast", 5, b -> b.tier("tier-0"))
                .service("slow", "Slow", 5, b -> b.tier("tier-3"))
                .service("unknown", "Unknown", 5, b -> b.tier("gold"))
                .hard("app", "peer", "fast", "unknown").soft("app", "slow")
                .analyze();

        assertTrue(findings(analysis, Finding.RULE_TIER_INVERSION).isEmpty());
    }

    @Test
    void findingsAreOrderedBySeverityRuleFirstServiceAndMessage() {
        Analysis analysis = plan()
                .service("b-db", "B DB", 5, b -> b.kind(ServiceKind.DATABASE))
                .service("a-db", "A DB", 5, b -> b.kind(ServiceKind.DATABASE))
                .service("late", "Late", 20, b -> b.tier("tier-0"))
                .service("odd", "Odd", 5, b -> b.tier("gold"))
                .hard("late", "zzz", "aaa")
                .analyze();

        assertEquals(List.of(
                        "error rpo-miss a-db", "error rpo-miss b-db", "error rto-miss late",
                        "error unknown-dependency late", "error unknown-dependency late",
                        "warning unknown-tier odd"),
                analysis.findings().stream()
                        .map(f -> f.severity().code() + " " + f.rule() + " " + f.services().get(0)).toList());
        List<Finding> unknown = findings(analysis, Finding.RULE_UNKNOWN_DEPENDENCY);
        assertTrue(unknown.get(0).message().contains("'aaa'"), unknown.get(0).message());
        assertTrue(unknown.get(1).message().contains("'zzz'"), unknown.get(1).message());
    }

    @Test
    void findingsForAServiceAreThoseThatNameIt() {
        Analysis analysis = plan()
                .service("checkout", "Checkout", 8, b -> b.tier("tier-0"))
                .service("legacy-db", "Legacy DB", 40, b -> b.tier("tier-3"))
                .service("other", "Other", 1)
                .hard("checkout", "legacy-db")
                .analyze();

        // Checkout: its RTO miss and the tier inversion; Legacy DB is named by both too.
        assertEquals(List.of(Finding.RULE_RTO_MISS, Finding.RULE_TIER_INVERSION),
                analysis.findingsFor("checkout").stream().map(Finding::rule).toList());
        assertEquals(analysis.findingsFor("checkout"), analysis.findingsFor("legacy-db"));
        assertTrue(analysis.findingsFor("other").isEmpty());
        assertTrue(analysis.findingsFor("nowhere").isEmpty());
    }

    @Test
    void dependencyFromAServiceNotInThePlanNamesBoth() {
        Analysis analysis = plan().service("auth", "Auth", 4).hard("ghost", "auth").analyze();

        Finding unknown = onlyFinding(analysis, Finding.RULE_UNKNOWN_DEPENDENCY);
        assertEquals(List.of("ghost", "auth"), unknown.services());
        assertEquals("'ghost', which is not in the plan, depends on Auth; the dependency is ignored.",
                unknown.message());
    }

    @Test
    void dependencyBetweenTwoServicesNotInThePlanNamesTheDependent() {
        Analysis analysis = plan().service("auth", "Auth", 4).soft("ghost", "nowhere").analyze();

        Finding unknown = onlyFinding(analysis, Finding.RULE_UNKNOWN_DEPENDENCY);
        assertEquals(List.of("ghost"), unknown.services());
        assertEquals("'ghost' depends on 'nowhere', neither of which is in the plan; the dependency is ignored.",
                unknown.message());
    }
}
