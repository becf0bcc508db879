package com.recoveryworkbench.bench;

import com.recoveryworkbench.analysis.uncertainty.Uncertainty;
import com.recoveryworkbench.analysis.uncertainty.UncertaintyAnalyzer;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.RestoreTimeRange;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.testplans.RandomPlans;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times {@link UncertaintyAnalyzer} (issue 15) on the seeded random plans of {@link AnalysisBenchmark}, with
 * a restore range on every service that has a restore time (three quarters to one and a half times it: the
 * worst case, every run changing every up time), 2,000 runs in the total scenario, in parallel over the
 * machine's cores. Target: 1,000 services in seconds.
 *
 * <p>Run with {@code mvn -B -P bench test-compile exec:exec -Dbench.main=com.recoveryworkbench.bench.UncertaintyBenchmark}.
 * Arguments (optional): timed runs (default 3), then plan sizes (default 200 1000).
 */
public final class UncertaintyBenchmark {
    private static final long SEED = 20_240_611L;
    private static long sink;

    private UncertaintyBenchmark() {
    }

    public static void main(String[] args) {
        int timed = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int[] sizes = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {200, 1_000};
        System.out.printf(Locale.ROOT, "Uncertainty benchmark: %d timed runs, Java %s, %d cores, load average %.1f%n",
                timed, Runtime.version(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int size : sizes) {
            measure(ranged(RandomPlans.generate(size, 3, SEED)), timed);
        }
        System.out.println("(checksum " + sink + ")");
    }

    private static Plan ranged(Plan plan) {
        List<Service> ranged = new ArrayList<>();
        for (Service s : plan.services()) {
            if (s.restoreTime() != null && !s.restoreTime().isZero()) {
                Duration likely = s.restoreTime();
                ranged.add(s.toBuilder().restoreTimeRange(new RestoreTimeRange(
                        Duration.ofSeconds(Math.max(1, likely.getSeconds() * 3 / 4)),
                        Duration.ofSeconds(likely.getSeconds() * 3 / 2))).build());
            }
        }
        return plan.withServices(ranged);
    }

    private static void measure(Plan plan, int timed) {
        UncertaintyAnalyzer analyzer = new UncertaintyAnalyzer();
        sink += run(analyzer, plan); // warm-up
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < timed; i++) {
            long start = System.nanoTime();
            sink += run(analyzer, plan);
            times.add(System.nanoTime() - start);
        }
        times.sort(null);
        long ranged = plan.services().stream().filter(s -> s.restoreTimeRange() != null).count();
        System.out.printf(Locale.ROOT, "%,d services (%,d ranged), %,d dependencies, %,d runs: median %.2f s,"
                        + " max %.2f s wall (load average %.1f)%n", plan.serviceCount(), ranged,
                plan.dependencies().size(), UncertaintyAnalyzer.DEFAULT_RUNS, times.get(times.size() / 2) / 1e9,
                times.get(times.size() - 1) / 1e9, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long run(UncertaintyAnalyzer analyzer, Plan plan) {
        Uncertainty u = analyzer.analyze(plan, plan.totalScenario()).orElseThrow();
        return u.services().stream().filter(s -> s.p90Up() != null).mapToLong(s -> s.p90Up().getSeconds()).sum();
    }
}
