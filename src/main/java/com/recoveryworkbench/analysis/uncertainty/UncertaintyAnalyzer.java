package com.recoveryworkbench.analysis.uncertainty;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * A seeded Monte Carlo over the plan's restore ranges: each run draws every ranged service's restore time
 * from its {@link PertDistribution}, analyses the scenario with those times ({@link RecoveryAnalyzer}, the
 * same rules as everywhere), and keeps every service's up time; the runs then give each service's P50,
 * P90 and chance of meeting its RTO target.
 *
 * <p>Runs go in parallel (the common fork-join pool, or the pool the caller runs in). Run {@code r}
 * draws from its own generator seeded from (seed, r) alone, so the figures never depend on the number of
 * threads or the order runs finish in. A service whose up time no drawn time can change (never ranged and
 * off every ranged chain) gets its planned up time as both P50 and P90. Stateless and thread-safe; never
 * called on the FX thread (a 1,000-service plan takes seconds).
 */
public final class UncertaintyAnalyzer {
    /** How many runs unless told otherwise: enough for a P90 to settle within a few per cent. */
    public static final int DEFAULT_RUNS = 2_000;
    /** The seed unless told otherwise: fixed, so the same plan always shows the same figures. */
    public static final long DEFAULT_SEED = 1;
    /** The most runs asked for at once: more would not change a figure anyone reads. */
    public static final int MAX_RUNS = 1_000_000;

    private static final RecoveryAnalyzer ANALYZER = new RecoveryAnalyzer();
    private static final long NEVER_UP = Long.MAX_VALUE;

    /** Whether any service of the plan has a restore range, so that there is uncertainty to show. */
    public static boolean hasRanges(Plan plan) {
        return plan.services().stream().anyMatch(s -> s.restoreTimeRange() != null);
    }

    /** {@link #analyze(Plan, Scenario, int, long, BooleanSupplier)} with the default runs and seed, never stopped. */
    public Optional<Uncertainty> analyze(Plan plan, Scenario scenario) {
        return analyze(plan, scenario, DEFAULT_RUNS, DEFAULT_SEED, () -> false);
    }

    /**
     * The uncertainty of every service in {@code scenario}; empty ("no uncertainty") when no service has
     * a restore range.
     *
     * @param runs from 1 to {@link #MAX_RUNS}
     * @param stop asked before each run (from any thread); when it says yes the work ends with a
     *             {@link CancellationException}
     */
    public Optional<Uncertainty> analyze(Plan plan, Scenario scenario, int runs, long seed, BooleanSupplier stop) {
        if (runs < 1 || runs > MAX_RUNS) {
            throw new IllegalArgumentException("runs must be from 1 to " + MAX_RUNS + ", was " + runs);
        }
        List<Service> ranged = plan.services().stream().filter(s -> s.restoreTimeRange() != null).toList();
        if (ranged.isEmpty()) {
            return Optional.empty();
        }
        List<PertDistribution> distributions = ranged.stream()
                .map(s -> PertDistribution.of(s.restoreTimeRange(), s.restoreTime())).toList();
        List<ServiceResult> planned = ANALYZER.analyze(plan, scenario).results();
        long[][] upByService = new long[planned.size()][runs];
        IntStream.range(0, runs).parallel().forEach(run -> {
            if (stop.getAsBoolean()) {
                throw new CancellationException("uncertainty analysis stopped");
            }
            List<ServiceResult> results = oneRun(plan, scenario, ranged, distributions, seedOf(seed, run));
            for (int i = 0; i < results.size(); i++) {
                Duration up = results.get(i).up();
                upByService[i][run] = up == null ? NEVER_UP : up.getSeconds();
            }
        });
        List<ServiceUncertainty> services = new ArrayList<>(planned.size());
        for (int i = 0; i < planned.size(); i++) {
            services.add(summary(planned.get(i), upByService[i]));
        }
        return Optional.of(new Uncertainty(scenario.id(), runs, seed, services));
    }

    private static List<ServiceResult> oneRun(Plan plan, Scenario scenario, List<Service> ranged,
                                              List<PertDistribution> distributions, long runSeed) {
        SplittableRandom random = new SplittableRandom(runSeed);
        List<Service> drawn = new ArrayList<>(ranged.size());
        for (int k = 0; k < ranged.size(); k++) {
            Duration time = Duration.ofSeconds(distributions.get(k).draw(random));
            drawn.add(ranged.get(k).toBuilder().restoreTime(time).build());
        }
        Analysis analysis = ANALYZER.analyze(plan.withServices(drawn), scenario);
        return analysis.results();
    }

    /** Run {@code run}'s own seed: SplitMix64's finaliser over the seed and the run, so nearby runs differ widely. */
    static long seedOf(long seed, int run) {
        long z = seed + (run + 1L) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static ServiceUncertainty summary(ServiceResult planned, long[] ups) {
        long[] sorted = ups.clone();
        Arrays.sort(sorted);
        Duration p50 = upAt(sorted, 0.5);
        Duration p90 = upAt(sorted, 0.9);
        Duration target = planned.rtoTarget();
        Double meet = null;
        if (target != null && sorted[sorted.length - 1] != NEVER_UP) {
            long met = Arrays.stream(sorted).filter(up -> up <= target.getSeconds()).count();
            meet = (double) met / sorted.length;
        }
        return new ServiceUncertainty(planned.id(), p50, p90, meet);
    }

    /** The nearest-rank quantile: the smallest up time that at least {@code share} of the runs reach. */
    private static Duration upAt(long[] sorted, double share) {
        int rank = (int) Math.ceil(share * sorted.length);
        long up = sorted[Math.max(0, rank - 1)];
        return up == NEVER_UP ? null : Duration.ofSeconds(up);
    }
}
