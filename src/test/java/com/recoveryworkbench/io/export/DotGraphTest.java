package com.recoveryworkbench.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.model.Plan;
import org.junit.jupiter.api.Test;

class DotGraphTest {
    @Test
    void nodesCarryWaveUpTimeAndVerdictColourAndSoftEdgesAreDashed() {
        Plan plan = ExportPlans.retail();

        assertEquals("""
                digraph "Retail chain" {
                  node [shape=box, style="rounded,filled", fontname="Helvetica"];
                  "auth" [label="Auth\\nwave 2, up 44m ✗", fillcolor="#d55e00"];
                  "cache" [label="Cache\\nwave 1, up 2m ✓", fillcolor="#009e73"];
                  "checkout" [label="Checkout\\nwave 3, up 52m ✗", fillcolor="#d55e00"];
                  "job-a" [label="Job <A>\\nblocked ⟲", fillcolor="#cc79a7"];
                  "job-b" [label="Job \\"B\\" & co\\nblocked ⟲", fillcolor="#cc79a7"];
                  "legacy-db" [label="Legacy DB\\nwave 1, up 40m ✗", fillcolor="#d55e00"];
                  "auth" -> "legacy-db";
                  "checkout" -> "auth";
                  "checkout" -> "cache" [style=dashed];
                  "job-a" -> "job-b";
                  "job-b" -> "job-a";
                }
                """, DotGraph.render(plan, ExportPlans.analyze(plan)));
    }

    @Test
    void quotesBackslashesQuotesAndLineBreaks() {
        assertEquals("\"a\\\\b \\\"c\\\"\\nd\"", DotGraph.quote("a\\b \"c\"\r\nd"));
    }
}
