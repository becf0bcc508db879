package com.recoveryworkbench.bench;

import com.recoveryworkbench.testplans.RandomPlans;
import com.recoveryworkbench.analysis.advice.Advice;
import com.recoveryworkbench.analysis.advice.Advisor;
import com.recoveryworkbench.analysis.advice.Sensitivity;
import com.recoveryworkbench.analysis.advice.ServiceSensitivity;
import com.recoveryworkbench.model.Plan;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times {@link Advisor#advise} (fix first, issue 15) on the seeded random plans of
 * {@link AnalysisBenchmark} in the total scenario: every candidate found, measured by re-analysis and
 * ranked, in parallel over the machine's cores. Targets: 200 services under 300 ms, 1,000 under 2 s,
 * 10,000 under 30 s.
 *
 * <p>Run with {@code mvn -B -P bench test-compile exec:exec -Dbench.main=com.recoveryworkbench.bench.AdviceBenchmark}.
 * Arguments (optional): timed runs (default 7), then plan sizes (default 200 1000 10000).
 */
public final class AdviceBenchmark {
    private static final long SEED = 20_240_611L;
    private static final long WARM_UP_NANOS = 5_000_000_000L;
    private static final int SENSITIVITY_LIMIT = 1_000;

    private static long sink;

    private AdviceBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int[] sizes = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {200, 1_000, 10_000};
        System.out.printf(Locale.ROOT, "Advice benchmark: %d timed runs, Java %s, %d cores, load average %.1f%n",
                runs, Runtime.version(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int size : sizes) {
            measure(RandomPlans.generate(size, 3, SEED), runs);
        }
        System.out.println("(checksum " + sink + ")");
    }

    private static void measure(Plan plan, int runs) {
        Advisor advisor = new Advisor();
        Advice advice = advisor.advise(plan, List.of(plan.totalScenario()));
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        int warmUps = 0;
        // At least one warm-up run, and more until five seconds have passed, as the other harnesses do.
        do {
            sink += advisor.advise(plan, List.of(plan.totalScenario())).candidates().size();
            warmUps++;
        } while (System.nanoTime() < warmUpEnd);
        List<Long> times = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            sink += advisor.advise(plan, List.of(plan.totalScenario())).candidates().size();
            times.add(System.nanoTime() - start);
            cpu.add(processCpuNanos() - cpuStart);
        }
        times.sort(null);
        cpu.sort(null);
        System.out.printf(Locale.ROOT, "%,d services, %,d dependencies: %d misses before, %d candidates, first: %s%n",
                plan.serviceCount(), plan.dependencies().size(), advice.before().misses(), advice.candidates().size(),
                advice.candidates().isEmpty() ? "none" : advice.candidates().get(0).change());
        System.out.printf(Locale.ROOT, "  advise: median %.1f ms, p90 %.1f ms wall; median %.1f ms CPU of the"
                        + " process, all threads (%d warm-up runs, %d timed, load average %.1f)%n",
                millis(times.get(times.size() / 2)), millis(times.get((int) Math.ceil(times.size() * 0.9) - 1)),
                millis(cpu.get(cpu.size() / 2)), warmUps, runs,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (plan.serviceCount() <= SENSITIVITY_LIMIT) {
            sensitivityOnce(plan);
        }
    }

    /**
     * One run of {@link Sensitivity}, which the window's Fix first tab computes after the advice: one
     * re-analysis per service on a late chain, so on these plans, where nearly every service is late, it
     * costs many times the advice. Timed once, and only up to {@value #SENSITIVITY_LIMIT} services, where
     * a run still takes seconds rather than minutes.
     */
    private static void sensitivityOnce(Plan plan) {
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        List<ServiceSensitivity> weights = new Sensitivity().of(plan, List.of(plan.totalScenario()));
        long wall = System.nanoTime() - start;
        long used = processCpuNanos() - cpuStart;
        sink += weights.size();
        System.out.printf(Locale.ROOT, "  sensitivity (one run): %.1f ms wall, %.1f ms CPU; %d services weigh on"
                        + " the lateness (load average %.1f)%n", millis(wall), millis(used),
                weights.stream().filter(w -> w.lateMinutesPerMinute() != 0).count(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** CPU time of the whole process: the advice runs on several threads, so one thread's time says little. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
