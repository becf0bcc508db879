package com.recoveryworkbench.bench;

import com.recoveryworkbench.testplans.RandomPlans;
import com.recoveryworkbench.cli.WorkbenchCommand;
import com.recoveryworkbench.io.PlanWriter;
import com.recoveryworkbench.io.export.ExportFormat;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks the per-command budget of docs/performance.md: every command on a chain of services (each
 * hard-depends on the one before, the worst case for critical paths) in the forked 1 GB JVM of the
 * bench profile. Runs each command in process as the jar would, {@code -Dbench.args="RUNS SIZE…"}
 * (default 3 timed runs after one warm-up, chains of 10,000 and 20,000), and prints per command the
 * exit code, the median wall time and CPU time of the calling thread (PNG drawing also uses others), and
 * the peak heap in use while it ran. A command that runs out of
 * the 1 GB heap exits 2, which the table shows. Not part of the tests.
 */
public final class CommandBudgetBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private CommandBudgetBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int[] sizes = args.length > 1 ? Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray()
                : new int[] {10_000, 20_000};
        Path dir = Files.createTempDirectory("command-budget");
        for (int size : sizes) {
            Path plan = dir.resolve("chain-" + size + ".rplan.json");
            new PlanWriter().save(chain(size), plan);
            System.out.printf("chain of %,d services (%.1f MB plan file), %d timed runs%n", size,
                    Files.size(plan) / 1e6, runs);
            List<List<String>> commands = new ArrayList<>(List.of(
                    List.of("check", plan.toString()),
                    List.of("check", plan.toString(), "--format", "json"),
                    List.of("describe", plan.toString()),
                    List.of("diff", plan.toString(), plan.toString()),
                    List.of("diff", plan.toString(), plan.toString(), "--format", "json")));
            for (ExportFormat format : ExportFormat.values()) {
                commands.add(List.of("export", plan.toString(), "--as", format.code(), "-o",
                        dir.resolve("out-" + size + "." + format.code()).toString(), "--force"));
            }
            for (List<String> command : commands) {
                measure(command, runs, plan.toString());
            }
        }
    }

    private static void measure(List<String> command, int runs, String planPath) {
        long[] nanos = new long[runs];
        long[] cpu = new long[runs];
        int exit = -1;
        long peak = 0;
        for (int run = -1; run < runs; run++) {
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            exit = WorkbenchCommand.commandLine(new PrintWriter(Writer.nullWriter()), new PrintWriter(new StringWriter()))
                    .execute(command.toArray(String[]::new));
            long elapsed = System.nanoTime() - start;
            long cpuElapsed = THREADS.getCurrentThreadCpuTime() - cpuStart;
            peak = Math.max(peak, peakHeap());
            if (run >= 0) {
                nanos[run] = elapsed;
                cpu[run] = cpuElapsed;
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf("  %-48s exit %d  median %6.0f ms (CPU %6.0f ms)  max %6.0f ms  peak heap %4.0f MB"
                + "  load %.1f%n", String.join(" ", command).replace(planPath, "PLAN").replaceAll("-o \\S+", "-o FILE"),
                exit, nanos[runs / 2] / 1e6, cpu[runs / 2] / 1e6, nanos[runs - 1] / 1e6, peak / 1e6,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** A chain: service i hard-depends on service i-1; 1 minute each, so all but the first hour miss. */
    static Plan chain(int size) {
        List<Service> services = new ArrayList<>(size);
        List<Dependency> dependencies = new ArrayList<>(size);
        int columns = (int) Math.ceil(Math.sqrt(size));
        for (int i = 0; i < size; i++) {
            String id = String.format("s%06d", i);
            services.add(Service.builder(id, ServiceKind.APPLICATION).name("Service " + i).tier("tier-1")
                    .restoreTime(Duration.ofMinutes(1))
                    .position(new Position(i % columns * RandomPlans.CELL_WIDTH, i / columns * RandomPlans.CELL_HEIGHT))
                    .build());
            if (i > 0) {
                dependencies.add(Dependency.hard(id, String.format("s%06d", i - 1)));
            }
        }
        return new Plan("Chain of " + size, "", Settings.DEFAULT, TierPolicy.defaults(), services, dependencies);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one moment. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
