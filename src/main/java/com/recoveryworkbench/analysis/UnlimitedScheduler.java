package com.recoveryworkbench.analysis;

import java.util.Arrays;

/**
 * Unlimited restore capacity: a service starts as soon as restores have begun and every hard
 * dependency is up, {@code start = max(declarationDelay, max up(d))}, {@code up = start + restore}.
 */
final class UnlimitedScheduler {
    private UnlimitedScheduler() {
    }

    static Schedule schedule(PlanGraph graph, int[] order, long[] restore, long declarationDelay) {
        int n = graph.size();
        long[] start = new long[n];
        long[] up = new long[n];
        Arrays.fill(start, Schedule.NOT_SCHEDULED);
        Arrays.fill(up, Schedule.NOT_SCHEDULED);
        for (int i : order) {
            long ready = declarationDelay;
            for (int d : graph.hardDependencies(i)) {
                ready = Math.max(ready, up[d]);
            }
            start[i] = ready;
            up[i] = ready + restore[i];
        }
        return new Schedule(start, up, new long[n], new int[n][]);
    }
}
