package com.recoveryworkbench.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Plan;
import org.junit.jupiter.api.Test;

class MarkdownRunbookTest {
    private final Plan plan = ExportPlans.retail();
    private final String runbook = MarkdownRunbook.render(plan, ExportPlans.analyze(plan), ExportPlans.DATE);

    @Test
    void headerGivesNameDateDelayAndCapacity() {
        assertTrue(runbook.startsWith("""
                # Retail chain — recovery runbook

                - Date: 2024-05-17
                - Declaration delay: 0s
                - Restore capacity: unlimited
                """), runbook);
    }

    @Test
    void servicesFollowWaveByWaveInTheOrderTheyComeUp() {
        assertTrue(runbook.contains("""
                ## Wave 1

                - [ ] **Cache** — owner: -
                  - restore time: planned 2m · never drilled
                  - waits for: nothing
                  - expected up: 2m, RTO target 30m — ✓ meets
                  - measured: ______
                - [ ] **Legacy DB** — owner: DBA team
                  - restore time: planned 40m · never drilled
                  - waits for: nothing
                  - expected up: 40m, RTO target 20m — ✗ missed
                  - data loss: all of it (nothing copies the data), RPO target 15m
                  - measured: ______

                ## Wave 2

                - [ ] **Auth** — owner: Identity
                  - restore time: planned 4m · never drilled
                  - waits for: Legacy DB
                  - expected up: 44m, RTO target 20m — ✗ missed
                  - measured: ______

                ## Wave 3

                - [ ] **Checkout** — owner: Web\\_team \\*core\\*
                  - restore time: planned 8m · never drilled
                  - waits for: Auth
                  - expected up: 52m, RTO target 20m — ✗ missed
                  - measured: ______
                """), runbook);
    }

    @Test
    void servicesInACycleHaveTheirOwnSectionWithoutUpTimes() {
        assertTrue(runbook.contains("""
                ## Blocked by a cycle

                These services cannot be restored as drawn: break the cycle first.

                - [ ] **Job \\<A\\>** — owner: -
                  - restore time: planned 1m · never drilled
                  - waits for: Job "B" \\& co
                  - expected up: -, RTO target 20m — ⟲ blocked
                  - measured: ______
                """), runbook);
    }

    @Test
    void findingsComeLastGroupedBySeverity() {
        int findings = runbook.indexOf("\n## Findings\n");
        assertTrue(findings > runbook.indexOf("## Blocked by a cycle"), runbook);
        String tail = runbook.substring(findings);
        assertTrue(tail.contains("### Errors ("), tail);
        assertTrue(tail.contains("- `rto-miss`: Checkout "), tail);
        assertTrue(tail.contains("- `cycle`: "), tail);
    }

    @Test
    void escapesMarkdownInNames() {
        assertEquals("a\\*b\\_c\\[d\\] \\`e\\` \\<f\\> g\\|h x", MarkdownRunbook.escape("a*b_c[d] `e` <f> g|h\nx"));
    }

    @Test
    void samePlanGivesTheSameText() {
        assertEquals(runbook, MarkdownRunbook.render(ExportPlans.retail(), ExportPlans.analyze(ExportPlans.retail()),
                ExportPlans.DATE));
    }
}
