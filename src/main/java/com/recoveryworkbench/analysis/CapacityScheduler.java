package com.recoveryworkbench.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * List scheduling with at most {@code capacity} restores at once, driven by completion events.
 * Whenever a slot is free and a service is ready (every hard dependency up, restores begun), one
 * starts at once: no slot idles while work waits. Among ready services the more critical one goes
 * first: the smaller RTO target (no target last), then the longest remaining chain of dependents
 * (the largest sum of restore times along a path from it through its hard dependents, itself
 * included), then the smallest id.
 *
 * <p>A service with a zero restore time takes no slot: it is up the instant it is ready, even when
 * every slot is busy. Its restore interval is empty, so it never overlaps another one, and holding a
 * slot for no time would only delay its dependents for nothing.
 *
 * <p>For a service that had to wait, the schedule keeps the services that held the slots when it
 * became ready, so the analysis can say why it starts when it does.
 *
 * <p>One instance schedules one plan, on one thread.
 */
final class CapacityScheduler {
    private final PlanGraph graph;
    private final long[] restore;
    private final int capacity;
    private final boolean[] blocked;
    private final int[] pending;
    private final long[] start;
    private final long[] up;
    private final PriorityQueue<Integer> ready;
    private final PriorityQueue<Integer> running;
    private final int[] released;
    private int releasedCount;
    private final int[] justReady;
    private int justReadyCount;
    private final int[][] heldBy;
    private long now;

    private CapacityScheduler(PlanGraph graph, int[] order, boolean[] blocked, long[] restore, int capacity,
                              Targets targets) {
        int n = graph.size();
        this.graph = graph;
        this.restore = restore;
        this.capacity = capacity;
        this.blocked = blocked;
        this.pending = new int[n];
        for (int i : order) {
            pending[i] = graph.hardDependencies(i).length;
        }
        this.start = new long[n];
        this.up = new long[n];
        Arrays.fill(start, Schedule.NOT_SCHEDULED);
        Arrays.fill(up, Schedule.NOT_SCHEDULED);
        long[] chain = remainingChains(order);
        this.ready = new PriorityQueue<>(Comparator.<Integer>comparingLong(targets::rtoSeconds)
                .thenComparingLong(i -> -chain[i])
                .thenComparingInt(i -> i));
        this.running = new PriorityQueue<>(Comparator.comparingLong(i -> up[i]));
        this.released = new int[n];
        this.justReady = new int[n];
        this.heldBy = new int[n][];
    }

    /**
     * @param order   the schedulable services in dependency order
     * @param blocked the services that are not, and stay unscheduled
     * @param restore restore time of each service in seconds
     */
    static Schedule schedule(PlanGraph graph, int[] order, boolean[] blocked, long[] restore, long declarationDelay,
                             int capacity, Targets targets) {
        return new CapacityScheduler(graph, order, blocked, restore, capacity, targets).run(order, declarationDelay);
    }

    private long[] remainingChains(int[] order) {
        long[] chain = new long[graph.size()];
        for (int k = order.length - 1; k >= 0; k--) {
            int i = order[k];
            long longest = 0;
            for (int dependent : graph.hardDependents(i)) {
                if (!blocked[dependent]) {
                    longest = Math.max(longest, chain[dependent]);
                }
            }
            chain[i] = restore[i] + longest;
        }
        return chain;
    }

    private Schedule run(int[] order, long declarationDelay) {
        now = declarationDelay;
        for (int i : order) {
            if (pending[i] == 0) {
                released[releasedCount++] = i;
            }
        }
        admitReleased();
        while (true) {
            while (running.size() < capacity && !ready.isEmpty()) {
                int i = ready.poll();
                start[i] = now;
                up[i] = now + restore[i];
                running.add(i);
            }
            noteWhoHoldsTheSlots();
            if (running.isEmpty()) {
                break;
            }
            now = up[running.peek()];
            while (!running.isEmpty() && up[running.peek()] == now) {
                complete(running.poll());
            }
            admitReleased();
        }
        return new Schedule(start, up, waits(order, declarationDelay), heldBy);
    }

    /**
     * The services that became ready since the last start and found every slot taken get the ones in
     * the slots now, first to finish first. One array is shared by all that began waiting at this instant.
     */
    private void noteWhoHoldsTheSlots() {
        int[] holders = null;
        for (int k = 0; k < justReadyCount; k++) {
            int i = justReady[k];
            if (start[i] == Schedule.NOT_SCHEDULED) {
                if (holders == null) {
                    holders = running.stream().sorted(Comparator.<Integer>comparingLong(h -> up[h]).thenComparingInt(h -> h))
                            .mapToInt(Integer::intValue).toArray();
                }
                heldBy[i] = holders;
            }
        }
        justReadyCount = 0;
    }

    /** Zero-time services are up at once and may free more; the others join the ready queue. */
    private void admitReleased() {
        while (releasedCount > 0) {
            int i = released[--releasedCount];
            if (restore[i] == 0) {
                start[i] = now;
                up[i] = now;
                complete(i);
            } else {
                ready.add(i);
                justReady[justReadyCount++] = i;
            }
        }
    }

    private void complete(int i) {
        for (int dependent : graph.hardDependents(i)) {
            if (!blocked[dependent] && --pending[dependent] == 0) {
                released[releasedCount++] = dependent;
            }
        }
    }

    private long[] waits(int[] order, long declarationDelay) {
        long[] waited = new long[graph.size()];
        for (int i : order) {
            long readyAt = declarationDelay;
            for (int d : graph.hardDependencies(i)) {
                readyAt = Math.max(readyAt, up[d]);
            }
            waited[i] = start[i] - readyAt;
        }
        return waited;
    }
}
