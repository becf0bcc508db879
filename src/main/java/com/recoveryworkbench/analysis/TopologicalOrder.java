package com.recoveryworkbench.analysis;

import java.util.Arrays;

/**
 * Kahn's algorithm over the hard dependencies: every service after all it hard-depends on. Services
 * that never become free (those in a cycle and those that depend on one) are left out, which is how
 * the analysis learns cheaply whether it needs to look for cycles at all.
 */
final class TopologicalOrder {
    private TopologicalOrder() {
    }

    /** The schedulable services in dependency order; a prefix of all services when some are blocked. */
    static int[] of(PlanGraph graph) {
        int n = graph.size();
        int[] pending = new int[n];
        int[] order = new int[n];
        int tail = 0;
        for (int i = 0; i < n; i++) {
            pending[i] = graph.hardDependencies(i).length;
            if (pending[i] == 0) {
                order[tail++] = i;
            }
        }
        for (int head = 0; head < tail; head++) {
            for (int dependent : graph.hardDependents(order[head])) {
                if (--pending[dependent] == 0) {
                    order[tail++] = dependent;
                }
            }
        }
        return tail == n ? order : Arrays.copyOf(order, tail);
    }
}
