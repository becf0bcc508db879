package com.recoveryworkbench.analysis;

/** Restore steps, structural whatever the capacity: wave 1 needs nothing, wave n needs something of wave n-1. */
final class Waves {
    private Waves() {
    }

    /** The wave of every service in {@code order}; 0 for the services left out (blocked). */
    static int[] of(PlanGraph graph, int[] order) {
        int[] wave = new int[graph.size()];
        for (int i : order) {
            int highest = 0;
            for (int d : graph.hardDependencies(i)) {
                highest = Math.max(highest, wave[d]);
            }
            wave[i] = highest + 1;
        }
        return wave;
    }
}
