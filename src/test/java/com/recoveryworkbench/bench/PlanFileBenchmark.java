package com.recoveryworkbench.bench;

import com.recoveryworkbench.io.LoadedPlan;
import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.io.PlanWriter;
import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times saving and loading a 10,000-service plan with every field filled in (wall clock, median and
 * p90 of timed runs after warm-up). Run as described in docs/performance.md; not part of the tests.
 */
public final class PlanFileBenchmark {
    private static final int SERVICES = 10_000;
    private static final int WARM_UP = 5;
    private static final int RUNS = 15;

    private PlanFileBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Plan plan = fullyFilledPlan();
        Path directory = Files.createTempDirectory("plan-file-bench");
        Path file = directory.resolve("large.rplan.json");
        PlanWriter writer = new PlanWriter();
        PlanReader reader = new PlanReader();
        long[] saves = new long[RUNS];
        long[] loads = new long[RUNS];
        for (int run = -WARM_UP; run < RUNS; run++) {
            long start = System.nanoTime();
            writer.save(plan, file);
            long saved = System.nanoTime();
            LoadedPlan loaded = reader.read(file);
            long done = System.nanoTime();
            if (!loaded.plan().equals(plan)) {
                throw new IllegalStateException("the plan did not survive save and load");
            }
            if (run >= 0) {
                saves[run] = saved - start;
                loads[run] = done - saved;
            }
        }
        System.out.printf("plan file, %d services, %d dependencies, %.1f MB%n", SERVICES,
                plan.dependencies().size(), Files.size(file) / 1e6);
        System.out.printf("  save: median %6.1f ms, p90 %6.1f ms%n", percentile(saves, 50), percentile(saves, 90));
        System.out.printf("  load: median %6.1f ms, p90 %6.1f ms%n", percentile(loads, 50), percentile(loads, 90));
        Files.delete(file);
        Files.delete(directory);
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }

    /** Every field filled in, so the file is as large as such a plan gets; three dependencies a service. */
    private static Plan fullyFilledPlan() {
        List<Service> services = new ArrayList<>();
        List<Dependency> dependencies = new ArrayList<>();
        for (int i = 0; i < SERVICES; i++) {
            services.add(Service.builder(String.format("service-%05d", i), ServiceKind.values()[i % 8])
                    .name("Service number " + i).tier("tier-" + i % 4).restoreTime(Duration.ofSeconds(60 + i))
                    .stateful(i % 2 == 0).protection(DataProtection.backup(Duration.ofHours(1), Duration.ofMinutes(5)))
                    .strategy(RecoveryStrategy.values()[i % 4]).rtoTarget(Duration.ofHours(4))
                    .rpoTarget(Duration.ofHours(1)).owner("Team " + i % 50).region("eu-west-" + i % 3)
                    .notes("Restored from the nightly backup; runbook page " + i)
                    .position(i % 100 * 180.5, i / 100 * 90.25).build());
            for (int d = 1; d <= 3 && i + d * 7 < SERVICES; d++) {
                dependencies.add(Dependency.hard(String.format("service-%05d", i),
                        String.format("service-%05d", i + d * 7)));
            }
        }
        return new Plan("Large", "A generated plan", new Settings(Duration.ofMinutes(10), 4), TierPolicy.defaults(),
                services, dependencies);
    }
}
