package com.recoveryworkbench.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the waits of a capacity-limited {@link Schedule} into one {@link SlotWait} per service that
 * waited: how long, who was in the slots when it became ready, and how many services ahead of it by
 * priority took a slot that came free before its turn. Counting those is a binary search over the
 * starts in time order, so a plan of thousands of waiting services stays cheap.
 */
final class SlotWaits {
    private SlotWaits() {
    }

    /** @param restore restore time of each service in seconds; one of 0 takes no slot */
    static SlotWait[] of(PlanGraph graph, Schedule schedule, long[] restore) {
        long[] slotStarts = slotStarts(graph, schedule, restore);
        SlotWait[] waits = new SlotWait[graph.size()];
        for (int i = 0; i < graph.size(); i++) {
            int[] holders = schedule.heldBy(i);
            if (!schedule.isScheduled(i) || schedule.waited(i) <= 0 || holders.length == 0) {
                continue;
            }
            long readyAt = schedule.start(i) - schedule.waited(i);
            // Started while it waited: everyone who took a slot from its ready time until its own start.
            int startedMeanwhile = firstAtOrAfter(slotStarts, schedule.start(i)) - firstAtOrAfter(slotStarts, readyAt);
            int alreadyRunning = 0;
            List<String> ids = new ArrayList<>(holders.length);
            List<String> names = new ArrayList<>(holders.length);
            for (int h : holders) {
                ids.add(graph.id(h));
                names.add(graph.name(h));
                alreadyRunning += schedule.start(h) < readyAt ? 1 : 0;
            }
            int ahead = startedMeanwhile + alreadyRunning - holders.length;
            Duration waited = Duration.ofSeconds(schedule.waited(i));
            waits[i] = new SlotWait(waited, ids, ahead, FindingSentences.slotWait(waited, names, ahead));
        }
        return waits;
    }

    /** The start of every scheduled service that takes a slot, in time order. */
    private static long[] slotStarts(PlanGraph graph, Schedule schedule, long[] restore) {
        long[] starts = new long[graph.size()];
        int count = 0;
        for (int i = 0; i < graph.size(); i++) {
            if (schedule.isScheduled(i) && restore[i] > 0) {
                starts[count++] = schedule.start(i);
            }
        }
        starts = Arrays.copyOf(starts, count);
        Arrays.sort(starts);
        return starts;
    }

    /** The index of the first start at or after {@code time}; the length when there is none. */
    private static int firstAtOrAfter(long[] starts, long time) {
        int low = 0;
        int high = starts.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] < time) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
