package com.recoveryworkbench.analysis;

/**
 * When each service starts and is up, in seconds from the outage, how long it waited for a free
 * restore slot once it was ready, and which services held the slots then. {@link #NOT_SCHEDULED}
 * for a blocked service.
 */
final class Schedule {
    static final long NOT_SCHEDULED = -1;

    private final long[] start;
    private final long[] up;
    private final long[] waited;
    private final int[][] heldBy;

    /** @param heldBy per service, the services in the slots when it had to wait; {@code null} when it did not */
    Schedule(long[] start, long[] up, long[] waited, int[][] heldBy) {
        this.start = start;
        this.up = up;
        this.waited = waited;
        this.heldBy = heldBy;
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

    /** The services in the slots when {@code i} became ready and had to wait, first to finish first; empty when it did not wait. */
    int[] heldBy(int i) {
        return heldBy[i] == null ? new int[0] : heldBy[i];
    }
}
