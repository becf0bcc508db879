package com.recoveryworkbench.analysis;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reads an analysis in the terms tests are worked out in: minutes and rule codes. */
final class AnalysisAssertions {
    private AnalysisAssertions() {
    }

    static ServiceResult result(Analysis analysis, String id) {
        return analysis.result(id).orElseThrow(() -> new AssertionError("no result for " + id));
    }

    static void assertStartAndUp(Analysis analysis, String id, long startMinutes, long upMinutes) {
        ServiceResult r = result(analysis, id);
        assertEquals(Duration.ofMinutes(startMinutes), r.start(), id + " start");
        assertEquals(Duration.ofMinutes(upMinutes), r.up(), id + " up");
    }

    /** The state of a service and its up time in minutes, as "failed-over 3". */
    static String stateAndUp(Analysis analysis, String id) {
        ServiceResult r = result(analysis, id);
        return r.state().code() + " " + (r.up() == null ? "-" : Long.toString(r.up().toMinutes()));
    }

    static List<Finding> findings(Analysis analysis, String rule) {
        return analysis.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    static Finding onlyFinding(Analysis analysis, String rule) {
        List<Finding> found = findings(analysis, rule);
        assertEquals(1, found.size(), () -> "expected one " + rule + " finding in " + analysis.findings());
        return found.get(0);
    }
}
