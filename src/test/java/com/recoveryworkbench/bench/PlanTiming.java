package com.recoveryworkbench.bench;

import com.recoveryworkbench.model.Plan;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.ToLongFunction;

/**
 * The timed runs of one piece of work on one plan, as the analysis benchmarks measure it: first a warm-up
 * of at least {@code minWarmUps} runs and 5 seconds, long enough for the JIT to finish compiling even when
 * other work keeps the cores busy; then {@code runs} timed runs, each as wall-clock time and as CPU time of
 * the measuring thread (on a shared machine the wall clock also counts the time the thread waited for a
 * core). What the work returns feeds {@link #checksum()}, so the JIT cannot drop the work being timed.
 * Single-threaded.
 */
record PlanTiming(Millis wall, Millis cpu) {
    private static final long WARM_UP_NANOS = 5_000_000_000L;

    private static long checksum;

    static PlanTiming of(int runs, int minWarmUps, ToLongFunction<Plan> work, Plan plan) {
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        for (int i = 0; i < minWarmUps || System.nanoTime() < warmUpEnd; i++) {
            checksum += work.applyAsLong(plan);
        }
        System.gc();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            checksum += work.applyAsLong(plan);
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        return new PlanTiming(new Millis(wall), new Millis(cpu));
    }

    /** The sum of what every run so far returned; printed at the end of a benchmark. */
    static long checksum() {
        return checksum;
    }

    /** Durations in milliseconds, sorted. */
    record Millis(double[] sorted) {
        Millis {
            sorted = sorted.clone();
            Arrays.sort(sorted);
        }

        double median() {
            return sorted[sorted.length / 2];
        }

        double p90() {
            return sorted[(int) Math.ceil(sorted.length * 0.9) - 1];
        }
    }
}
