package com.recoveryworkbench.analysis;

/**
 * When each service starts and is up, in seconds from the outage, and how long it waited for a
 * free restore slot once it was ready. {@link #NOT_SCHEDULED} for a blocked service.
 */
final class Schedule {
    static final long NOT_SCHEDULED = -1;

    private final long[] start;
    private final long[] up;
    private final long[] waited;

    Schedule(long[] start, long[] up, long[] waited) {
        this.start = start;
        this.up = up;
        this.waited = waited;
    }

    boolean isScheduled(int i) {
        return up[i] != NOT_SCHEDULED;
    }

    long start(int i) {
        return start[i];
    }

    long up(int i) {
        return up[i];
    }

    long waited(int i) {
        return waited[i];
    }
}
