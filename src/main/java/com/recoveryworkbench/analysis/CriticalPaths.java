package com.recoveryworkbench.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * The chain of hard dependencies that sets each service's up time: from a service, step to the
 * dependency that is up last (the smallest id among equals) until one depends on nothing. With
 * unlimited capacity that dependency's up time is exactly the service's start; with limited capacity
 * the service may have started later, having waited for a slot, and the chain still follows it.
 */
final class CriticalPaths {
    private static final int NONE = ChainLinks.NONE;

    private final int[] previous;
    private final int[] length;
    private final long[] waited;
    private final long[] restored;

    private final ChainLinks links;

    private CriticalPaths(String[] ids, int[] previous, int[] length, long[] waited, long[] restored) {
        this.previous = previous;
        this.length = length;
        this.waited = waited;
        this.restored = restored;
        this.links = new ChainLinks(ids, previous, length);
    }

    /** @param restore restore time of each service in seconds */
    static CriticalPaths of(PlanGraph graph, int[] order, Schedule schedule, long[] restore) {
        int n = graph.size();
        int[] previous = new int[n];
        int[] length = new int[n];
        long[] waited = new long[n];
        long[] restored = new long[n];
        Arrays.fill(previous, NONE);
        for (int i : order) {
            int latest = NONE;
            for (int d : graph.hardDependencies(i)) {
                if (latest == NONE || schedule.up(d) > schedule.up(latest)) {
                    latest = d;
                }
            }
            previous[i] = latest;
            length[i] = latest == NONE ? 1 : length[latest] + 1;
            waited[i] = schedule.waited(i) + (latest == NONE ? 0 : waited[latest]);
            restored[i] = restore[i] + (latest == NONE ? 0 : restored[latest]);
        }
        return new CriticalPaths(graph.ids(), previous, length, waited, restored);
    }

    /** Indices from the first restored service to {@code i}, ending with {@code i}. */
    int[] path(int i) {
        int[] path = new int[length[i]];
        for (int k = path.length - 1, at = i; k >= 0; k--, at = previous[at]) {
            path[k] = at;
        }
        return path;
    }

    /** The ids of {@link #path(int)}, first to last, sharing this object's links instead of copying them. */
    List<String> ids(int i) {
        return ChainList.path(links, i, length[i]);
    }

    /** The ids of {@link #path(int)} with {@code i} first, then the rest of its path from the beginning. */
    List<String> idsEndFirst(int i) {
        return ChainList.endFirst(links, i);
    }

    /** Seconds of restore time along the path from the first restored service up to and including {@code i}. */
    long restored(int i) {
        return restored[i];
    }

    /** Seconds spent waiting for a free restore slot along the whole path, so the steps add up to the up time. */
    long waited(int i) {
        return waited[i];
    }
}
