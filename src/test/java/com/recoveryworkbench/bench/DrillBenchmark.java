package com.recoveryworkbench.bench;

import com.recoveryworkbench.analysis.drill.ProvenAnalyzer;
import com.recoveryworkbench.analysis.drill.ProvenView;
import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.io.PlanWriter;
import com.recoveryworkbench.model.ClaimedRecovery;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.testplans.RandomPlans;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * What a drill log costs: a seeded random 1,000-service plan with 40 drills (each covering the same
 * number of randomly chosen services, measured at 80-150 % of the planned time, one result in twenty
 * failed) against the same plan without drills. Each round loads the plan file, builds the proven view (the planned and the
 * proven analysis, the drill findings, the cadence check) and saves it; the two plans take turns so
 * both see the same machine load. Target: the plan with drills within 2× of the plan without.
 * Run as described in docs/performance.md; not part of the tests. Arguments: the number of timed rounds
 * (41), the services each drill covers (250).
 */
public final class DrillBenchmark {
    private static final int SERVICES = 1_000;
    private static final int DRILLS = 40;
    private static final int WARM_UP = 10;
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    private static final String[] PHASES = {"load", "proven view", "save", "total"};

    private DrillBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 41;
        int perDrill = args.length > 1 ? Integer.parseInt(args[1]) : 250;
        Plan plain = RandomPlans.generate(SERVICES, 3, 7);
        Plan drilled = withDrills(plain, perDrill, new Random(11));
        Path directory = Files.createTempDirectory("drill-bench");
        Path plainFile = directory.resolve("plain.rplan.json");
        Path drilledFile = directory.resolve("drilled.rplan.json");
        PlanWriter writer = new PlanWriter();
        writer.save(plain, plainFile);
        writer.save(drilled, drilledFile);
        long[][] plainTimes = new long[PHASES.length][runs];
        long[][] drilledTimes = new long[PHASES.length][runs];
        for (int run = -WARM_UP; run < runs; run++) {
            long[] p = round(plainFile, plain);
            long[] d = round(drilledFile, drilled);
            for (int phase = 0; run >= 0 && phase < PHASES.length; phase++) {
                plainTimes[phase][run] = p[phase];
                drilledTimes[phase][run] = d[phase];
            }
        }
        System.out.printf("%d services, %d dependencies; files %.2f MB without drills, %.2f MB with %d drills "
                        + "(%d results)%n", SERVICES, plain.dependencies().size(), Files.size(plainFile) / 1e6,
                Files.size(drilledFile) / 1e6, DRILLS, drilled.drills().stream().mapToInt(x -> x.results().size()).sum());
        System.out.printf("load + proven view + save, %d rounds, load average %.1f%n", runs,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("  %-12s %24s %24s %8s%n", "", "without drills (median, p90)", "with drills (median, p90)",
                "ratio");
        for (int phase = 0; phase < PHASES.length; phase++) {
            System.out.printf("  %-12s %11.1f ms %9.1f ms %11.1f ms %9.1f ms %8.2f%n", PHASES[phase],
                    ms(plainTimes[phase], 50), ms(plainTimes[phase], 90), ms(drilledTimes[phase], 50),
                    ms(drilledTimes[phase], 90), ms(drilledTimes[phase], 50) / ms(plainTimes[phase], 50));
        }
        Files.delete(plainFile);
        Files.delete(drilledFile);
        Files.deleteIfExists(PlanWriter.backupOf(plainFile));
        Files.deleteIfExists(PlanWriter.backupOf(drilledFile));
        Files.delete(directory);
    }

    /**
     * One load, proven view and save, timed per phase and in total (in the order of {@link #PHASES});
     * checks the plan survived so the work cannot be optimised away.
     */
    private static long[] round(Path file, Plan expected) throws Exception {
        long start = System.nanoTime();
        Plan loaded = new PlanReader().read(file).plan();
        long read = System.nanoTime();
        ProvenView view = new ProvenAnalyzer().analyze(loaded, AS_OF);
        long analysed = System.nanoTime();
        new PlanWriter().save(loaded, file);
        long saved = System.nanoTime();
        if (!loaded.equals(expected) || view.results().size() != SERVICES) {
            throw new IllegalStateException("the plan did not survive the round");
        }
        return new long[] {read - start, analysed - read, saved - analysed, saved - start};
    }

    private static Plan withDrills(Plan plan, int perDrill, Random random) {
        List<Service> timed = plan.services().stream()
                .filter(s -> s.restoreTime() != null && !s.restoreTime().isZero()).toList();
        List<Drill> drills = new ArrayList<>();
        for (int d = 0; d < DRILLS; d++) {
            List<Service> covered = new ArrayList<>(timed);
            Collections.shuffle(covered, random);
            List<DrillResult> results = new ArrayList<>();
            for (Service s : covered.subList(0, Math.min(perDrill, covered.size()))) {
                long measured = Math.max(1, s.restoreTime().getSeconds() * (80 + random.nextInt(71)) / 100);
                DrillOutcome outcome = random.nextInt(20) == 0 ? DrillOutcome.FAILED : DrillOutcome.RECOVERED;
                results.add(new DrillResult(s.id(), Duration.ofSeconds(measured), null, outcome,
                        ClaimedRecovery.of(plan, s.id()), ""));
            }
            drills.add(new Drill(String.format("drill-%02d", d), AS_OF.minusDays(18L * (DRILLS - d)), "Drill " + d,
                    null, "", results));
        }
        return plan.withDrills(drills);
    }

    private static double ms(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }
}
