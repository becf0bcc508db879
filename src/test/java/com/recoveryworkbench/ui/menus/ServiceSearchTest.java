package com.recoveryworkbench.ui.menus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceSearchTest {
    private final Plan plan = Plan.empty("Shop").withServices(List.of(
            Service.builder("web", ServiceKind.APPLICATION).name("Storefront").owner("Web Team").tier("tier-1")
                    .region("eu-west").build(),
            Service.builder("orders-db", ServiceKind.DATABASE).name("Legacy order DB").owner("Data")
                    .tier("tier-1").region("eu-west").build(),
            Service.builder("auth", ServiceKind.APPLICATION).name("Accounts").owner("Identity").tier("tier-2")
                    .region("us-east").build()));

    @Test
    void matchesTheNameIgnoringCase() {
        assertEquals(List.of("orders-db"), ServiceSearch.matches(plan, null, "LEGACY"));
    }

    @Test
    void matchesTheIdOwnerTierRegionAndKind() {
        assertEquals(List.of("orders-db"), ServiceSearch.matches(plan, null, "orders-"));
        assertEquals(List.of("auth"), ServiceSearch.matches(plan, null, "ident"));
        assertEquals(List.of("auth"), ServiceSearch.matches(plan, null, "tier-2"));
        assertEquals(List.of("auth"), ServiceSearch.matches(plan, null, "us-"));
        assertEquals(List.of("orders-db"), ServiceSearch.matches(plan, null, "database"));
    }

    @Test
    void matchesTheNamedGroup() {
        Plan grouped = plan.withService(plan.service("web").orElseThrow().toBuilder().group("Checkout path").build());

        assertEquals(List.of("web"), ServiceSearch.matches(grouped, null, "out pa"));
    }

    @Test
    void sortsTheMatchesByName() {
        // Accounts < Legacy order DB < Storefront; all three are applications or in a tier-n tier.
        assertEquals(List.of("auth", "orders-db", "web"), ServiceSearch.matches(plan, null, "tier"));
    }

    @Test
    void aNameMatchComesBeforeAnOwnerMatch() {
        Plan payments = Plan.empty("Shop").withServices(List.of(
                Service.builder("fraud", ServiceKind.APPLICATION).name("Fraud scoring").owner("Payments").build(),
                Service.builder("psp", ServiceKind.EXTERNAL).name("Payment provider").owner("Finance").build(),
                Service.builder("ledger", ServiceKind.DATABASE).name("Ledger").owner("Finance").build(),
                Service.builder("pay-api", ServiceKind.APPLICATION).name("Checkout").owner("Web").build(),
                Service.builder("refunds", ServiceKind.APPLICATION).name("Refunds for payments").build()));

        // Name start, then name inside, then id, then owner, however the names sort.
        assertEquals(List.of("psp", "refunds", "pay-api", "fraud"), ServiceSearch.matches(payments, null, "pay"));
    }

    @Test
    void aBlankQueryOrNoMatchFindsNothing() {
        assertEquals(List.of(), ServiceSearch.matches(plan, null, "  "));
        assertEquals(List.of(), ServiceSearch.matches(plan, null, "mainframe"));
    }

    @Test
    void verdictWordsFindServicesByTheirComplianceOnceAnalysed() {
        // Storefront needs the 40-minute order DB (kept stateless: no RPO) and must be up in 20m: missed.
        Plan analysed = plan.withServices(List.of(
                        plan.service("web").orElseThrow().toBuilder().restoreTime(Duration.ofMinutes(5))
                                .rtoTarget(Duration.ofMinutes(20)).build(),
                        plan.service("orders-db").orElseThrow().toBuilder().restoreTime(Duration.ofMinutes(40))
                                .stateful(false).build(),
                        plan.service("auth").orElseThrow().toBuilder().restoreTime(Duration.ofMinutes(5)).build()))
                .withDependency(Dependency.hard("web", "orders-db"));
        Analysis analysis = new RecoveryAnalyzer().analyze(analysed);

        assertEquals(List.of("web"), ServiceSearch.matches(analysed, analysis, "missed"));
        assertEquals(List.of("web"), ServiceSearch.matches(analysed, analysis, "MISS"));
        assertEquals(List.of("auth", "orders-db"), ServiceSearch.matches(analysed, analysis, "meets"));
        assertEquals(List.of(), ServiceSearch.matches(analysed, null, "missed"), "no verdicts before the analysis");
        assertEquals(List.of(), ServiceSearch.matches(analysed, analysis, "mi"), "too short to mean a verdict");
    }
}
