package com.recoveryworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
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
        assertEquals(List.of("orders-db"), ServiceSearch.matches(plan, "LEGACY"));
    }

    @Test
    void matchesTheIdOwnerTierRegionAndKind() {
        assertEquals(List.of("orders-db"), ServiceSearch.matches(plan, "orders-"));
        assertEquals(List.of("auth"), ServiceSearch.matches(plan, "ident"));
        assertEquals(List.of("auth"), ServiceSearch.matches(plan, "tier-2"));
        assertEquals(List.of("auth"), ServiceSearch.matches(plan, "us-"));
        assertEquals(List.of("orders-db"), ServiceSearch.matches(plan, "database"));
    }

    @Test
    void sortsTheMatchesByName() {
        // Accounts < Legacy order DB < Storefront; all three are applications or in a tier-n tier.
        assertEquals(List.of("auth", "orders-db", "web"), ServiceSearch.matches(plan, "tier"));
    }

    @Test
    void aBlankQueryOrNoMatchFindsNothing() {
        assertEquals(List.of(), ServiceSearch.matches(plan, "  "));
        assertEquals(List.of(), ServiceSearch.matches(plan, "mainframe"));
    }
}
