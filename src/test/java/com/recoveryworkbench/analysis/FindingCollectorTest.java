package com.recoveryworkbench.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FindingCollectorTest {

    private static Finding finding(Severity severity, String rule, String first, String message) {
        return new Finding(severity, rule, List.of(first), message);
    }

    @Test
    void findingsArrivingInOrderKeepIt() {
        FindingCollector collector = new FindingCollector();
        Finding a = finding(Severity.ERROR, Finding.RULE_RTO_MISS, "a", "A late");
        Finding b1 = finding(Severity.ERROR, Finding.RULE_RTO_MISS, "b", "B 1");
        Finding b2 = finding(Severity.ERROR, Finding.RULE_RTO_MISS, "b", "B 2");
        collector.add(a, 0);
        collector.add(b1, 1);
        collector.add(b2, 1);

        assertEquals(List.of(a, b1, b2), collector.sorted());
    }

    @Test
    void findingsOutOfOrderAreSortedBySeverityRuleFirstServiceAndMessage() {
        FindingCollector collector = new FindingCollector();
        Finding warning = finding(Severity.WARNING, Finding.RULE_TIER_INVERSION, "a", "first warning");
        Finding rtoOfC = finding(Severity.ERROR, Finding.RULE_RTO_MISS, "c", "C late");
        Finding rtoOfB = finding(Severity.ERROR, Finding.RULE_RTO_MISS, "b", "B late");
        Finding rpoZ = finding(Severity.ERROR, Finding.RULE_RPO_MISS, "b", "z");
        Finding rpoY = finding(Severity.ERROR, Finding.RULE_RPO_MISS, "b", "y");
        Finding ghost = finding(Severity.ERROR, Finding.RULE_UNKNOWN_DEPENDENCY, "ghost", "ghost");
        Finding fromA = finding(Severity.ERROR, Finding.RULE_UNKNOWN_DEPENDENCY, "a", "from a");
        collector.add(warning, 0);
        collector.add(rtoOfC, 2);
        collector.add(rtoOfB, 1);
        collector.add(rpoZ, 1);
        collector.add(rpoY, 1);
        collector.add(ghost, -1);
        collector.add(fromA, 0);

        assertEquals(List.of(rpoY, rpoZ, rtoOfB, rtoOfC, fromA, ghost, warning), collector.sorted());
    }
}
