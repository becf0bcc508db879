package com.recoveryworkbench.bench;

import com.recoveryworkbench.io.PlanWriter;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.testplans.RandomPlans;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code check --format json} as a whole process, the way a CI job runs it: a fresh {@code java -jar}
 * for every run, a 5-service and a 10,000-service seeded random plan taking turns, so both see the same
 * machine load. Target (issue 16): the large plan within 2.5× of the small one. Prints each run's wall
 * time and, through {@code /usr/bin/time} when it is installed, its CPU time (all threads) and peak
 * resident memory, then the medians, their ratio and the load average.
 * Run as described in docs/performance.md; not part of the tests. Arguments: the number of timed runs
 * (11), the jar ({@code target/recovery-workbench.jar}), then any JVM options to try
 * ({@code -XX:TieredStopAtLevel=1}).
 */
public final class ColdCheckBenchmark {
    private static final int[] SIZES = {5, 10_000};
    private static final Path TIME = Path.of("/usr/bin/time");

    private ColdCheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        String jar = args.length > 1 ? args[1] : "target/recovery-workbench.jar";
        List<String> jvmOptions = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
        Path directory = Files.createTempDirectory("cold-check-bench");
        Path[] plans = new Path[SIZES.length];
        PlanWriter writer = new PlanWriter();
        for (int i = 0; i < SIZES.length; i++) {
            Plan plan = RandomPlans.generate(SIZES[i], 3, 42);
            plans[i] = directory.resolve(SIZES[i] + ".rplan.json");
            writer.save(plan, plans[i]);
        }
        Path report = directory.resolve("report.json");
        Path usage = directory.resolve("usage.txt");
        double[][] wall = new double[SIZES.length][runs];
        double[][] cpu = new double[SIZES.length][runs];
        double[][] rss = new double[SIZES.length][runs];
        long[] reportBytes = new long[SIZES.length];
        System.out.println("load average before: " + loadAverage() + ", JVM options: " + jvmOptions);
        for (int run = -1; run < runs; run++) {
            for (int i = 0; i < SIZES.length; i++) {
                List<String> command = new ArrayList<>();
                boolean timed = Files.isExecutable(TIME);
                if (timed) {
                    command.addAll(List.of(TIME.toString(), "-f", "%U %S %M", "-o", usage.toString()));
                }
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                command.addAll(jvmOptions);
                command.addAll(List.of("-jar", jar, "check", "--format", "json", plans[i].toString()));
                long start = System.nanoTime();
                Process process = new ProcessBuilder(command).redirectOutput(report.toFile())
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                int exit = process.waitFor();
                double millis = (System.nanoTime() - start) / 1e6;
                if (exit != 0 && exit != 1) {
                    throw new IllegalStateException("check exited with " + exit + ": " + command);
                }
                if (run < 0) {
                    continue;
                }
                wall[i][run] = millis;
                reportBytes[i] = Files.size(report);
                if (timed) {
                    // GNU time puts "Command exited with non-zero status 1" before its own line when check finds misses.
                    List<String> lines = Files.readAllLines(usage);
                    String[] fields = lines.get(lines.size() - 1).trim().split(" ");
                    cpu[i][run] = (Double.parseDouble(fields[0]) + Double.parseDouble(fields[1])) * 1000;
                    rss[i][run] = Double.parseDouble(fields[2]) / 1024;
                }
                System.out.printf(Locale.ROOT, "run %2d, %,6d services: %6.0f ms wall, %6.0f ms CPU, %4.0f MB%n",
                        run + 1, SIZES[i], millis, cpu[i][run], rss[i][run]);
            }
        }
        for (int i = 0; i < SIZES.length; i++) {
            System.out.printf(Locale.ROOT, "%,6d services (%.1f MB plan, %.1f MB report): median %6.0f ms wall,"
                    + " %6.0f ms CPU, %4.0f MB peak RSS%n", SIZES[i], Files.size(plans[i]) / 1e6,
                    reportBytes[i] / 1e6, median(wall[i]), median(cpu[i]), median(rss[i]));
        }
        System.out.printf(Locale.ROOT, "ratio of the medians: %.2f× wall, %.2f× CPU; load average after: %s%n",
                median(wall[1]) / median(wall[0]), median(cpu[1]) / median(cpu[0]), loadAverage());
        for (File file : directory.toFile().listFiles()) {
            Files.delete(file.toPath());
        }
        Files.delete(directory);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
