package com.recoveryworkbench.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static com.recoveryworkbench.testplans.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImpactTest {

    @Test
    void impactIsEveryServiceThatDependsOnItThroughHardOrSoftDependencies() {
        // storefront -soft-> checkout -hard-> auth -hard-> legacy-db; reports -hard-> legacy-db; cdn alone.
        Analysis analysis = plan()
                .service("legacy-db", "Legacy DB", 40).service("auth", "Auth", 4).service("checkout", "Checkout", 8)
                .service("storefront", "Storefront", 2).service("reports", "Reports", 5).service("cdn", "CDN", 1)
                .hard("auth", "legacy-db").hard("checkout", "auth").soft("storefront", "checkout")
                .hard("reports", "legacy-db")
                .analyze();

        assertEquals(List.of("auth", "checkout", "reports", "storefront"), List.copyOf(analysis.impactOf("legacy-db")));
        assertEquals(Set.of("storefront"), analysis.impactOf("checkout"));
        assertTrue(analysis.impactOf("cdn").isEmpty());
        assertTrue(analysis.impactOf("nowhere").isEmpty());
    }

    @Test
    void impactInsideACycleLeavesOutTheServiceItself() {
        Analysis analysis = plan()
                .service("a", "A", 1).service("b", "B", 1).service("c", "C", 1)
                .hard("a", "b").hard("b", "a").soft("c", "a")
                .analyze();

        assertEquals(Set.of("b", "c"), analysis.impactOf("a"));
        assertEquals(Set.of("a", "c"), analysis.impactOf("b"));
    }
}
