package com.recoveryworkbench.bench;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.analysis.ScenarioAnalyses;
import com.recoveryworkbench.analysis.ServiceState;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.testplans.RandomPlans;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Times {@link RecoveryAnalyzer#analyzeAll} on the seeded random plans of {@link AnalysisBenchmark}
 * spread over four regions, with standbys (a third warm standby, a tenth active-active, in the next
 * region) and scenarios losing a region, a handful of services, or a region with its data corrupted;
 * the built-in total scenario is one of them. Compares with analysing the plan once (the total
 * scenario alone) and with analysing each scenario separately ({@link RecoveryAnalyzer#analyze(Plan,
 * Scenario)}, nothing shared). Targets (issue 13): 1,000 services × 20 scenarios under 1 s, 10,000 × 5
 * under 2 s.
 *
 * <p>Run with {@code mvn -B -P bench test-compile exec:exec -Dbench.main=com.recoveryworkbench.bench.ScenarioBenchmark}.
 * Arguments (optional): timed runs (default 21), then pairs of plan size and scenario count
 * (default 1000 20 10000 5).
 */
public final class ScenarioBenchmark {
    private static final long SEED = 20_240_611L;
    private static final int REGIONS = 4;
    /** Warm-up runs at the least (see {@link PlanTiming}). */
    private static final int MIN_WARM_UPS = 10;

    private ScenarioBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        int[] pairs = args.length > 2 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {1_000, 20, 10_000, 5};
        System.out.printf(Locale.ROOT, "Scenario analysis benchmark: %d timed runs, Java %s, %d cores, load average %.1f%n",
                runs, Runtime.version(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int k = 0; k + 1 < pairs.length; k += 2) {
            measure(plan(pairs[k], pairs[k + 1]), runs);
        }
        System.out.println("(checksum " + PlanTiming.checksum() + ")");
    }

    /** {@code scenarios} scenarios in all, the total one included. */
    static Plan plan(int services, int scenarios) {
        Plan plan = RandomPlans.generate(services, 3, SEED);
        Random random = new Random(SEED);
        List<Service> spread = new ArrayList<>(services);
        for (int i = 0; i < services; i++) {
            Service s = plan.services().get(i);
            Service.Builder b = s.toBuilder().region(region(i)).standbyRegion(region(i + 1));
            if (i % 3 == 0) {
                b.strategy(RecoveryStrategy.WARM_STANDBY).failoverTime(Duration.ofMinutes(1 + random.nextInt(10)));
            } else if (i % 10 == 1) {
                b.strategy(RecoveryStrategy.ACTIVE_ACTIVE);
            }
            spread.add(b.build());
        }
        plan = plan.withServices(spread);
        for (int k = 1; k < scenarios; k++) {
            List<String> lost = new ArrayList<>();
            for (int n = 0; n < 5; n++) {
                lost.add(spread.get(random.nextInt(services)).id());
            }
            Scenario scenario = switch (k % 3) {
                case 1 -> Scenario.losing("s" + k, "Region lost", List.of(region(k)), List.of());
                case 2 -> Scenario.losing("s" + k, "Services lost", List.of(), lost);
                default -> Scenario.losing("s" + k, "Region corrupted", List.of(region(k)), List.of())
                        .withDataCorruption(true);
            };
            plan = plan.withScenario(scenario);
        }
        return plan;
    }

    private static String region(int i) {
        return "region-" + i % REGIONS;
    }

    private static void measure(Plan plan, int runs) {
        RecoveryAnalyzer analyzer = new RecoveryAnalyzer();
        ScenarioAnalyses sample = analyzer.analyzeAll(plan);
        long down = sample.all().stream().mapToLong(a -> a.results().stream().filter(r -> r.isDown()).count()).sum();
        long failedOver = sample.all().stream().mapToLong(a -> a.results().stream()
                .filter(r -> r.state() == ServiceState.FAILED_OVER).count()).sum();
        System.out.printf(Locale.ROOT, "%n%,d services, %,d dependencies, %d scenarios: %,d service results down"
                        + " (%,d failed over) of %,d%n", plan.serviceCount(), plan.dependencies().size(),
                plan.scenarios().size(), down, failedOver, (long) plan.serviceCount() * plan.scenarios().size());

        PlanTiming once = PlanTiming.of(runs, MIN_WARM_UPS, p -> analyzer.analyze(p).summary().errors(), plan);
        PlanTiming separately = PlanTiming.of(runs, MIN_WARM_UPS, p -> {
            long errors = 0;
            for (Scenario s : p.scenarios()) {
                errors += analyzer.analyze(p, s).summary().errors();
            }
            return errors;
        }, plan);
        PlanTiming all = PlanTiming.of(runs, MIN_WARM_UPS, p -> analyzer.analyzeAll(p).all().stream()
                .mapToLong(a -> a.summary().errors()).sum(), plan);
        print("total scenario only (analyze)", once);
        print("each scenario separately (analyze(plan, s))", separately);
        print("all scenarios together (analyzeAll)", all);
    }

    private static void print(String what, PlanTiming timing) {
        System.out.printf(Locale.ROOT, "  %-46s wall median %8.2f ms p90 %8.2f ms | cpu median %8.2f ms%n", what,
                timing.wall().median(), timing.wall().p90(), timing.cpu().median());
    }
}
