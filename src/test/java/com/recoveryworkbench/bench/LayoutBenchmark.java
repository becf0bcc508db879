package com.recoveryworkbench.bench;

import com.recoveryworkbench.layout.Direction;
import com.recoveryworkbench.layout.ElkPlanLayout;
import com.recoveryworkbench.layout.LayoutRequest;
import com.recoveryworkbench.layout.LayoutResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Times {@link ElkPlanLayout} against Graphviz {@code dot} on seeded random acyclic plans and counts
 * the edge crossings of both results the same way ({@link EdgeCrossings}). Prints a Markdown table
 * for {@code docs/performance.md}. Run:
 * {@code mvn -B -P bench test-compile exec:exec -Dbench.main=com.recoveryworkbench.bench.LayoutBenchmark}
 * (add {@code -Dbench.args="100 1000"} for other service counts, default 100 1000 5000, and
 * {@code --no-dot} to time ELK alone).
 */
public final class LayoutBenchmark {
    private static final double CARD_WIDTH = 180;
    private static final double CARD_HEIGHT = 72;
    private static final double NODE_GAP = 30;
    private static final double LAYER_GAP = 60;
    private static final long SEED = 42;
    /** Share of dependencies on one of the 30 preceding services: the default family, then a clustered one. */
    private static final double[] LOCAL_SHARES = {0.5, 0.9};
    private static final String NO_DOT = "--no-dot";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private LayoutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean skipDot = Arrays.asList(args).contains(NO_DOT);
        int[] sizes = Arrays.stream(args).filter(a -> !a.equals(NO_DOT)).mapToInt(Integer::parseInt).toArray();
        if (sizes.length == 0) {
            sizes = new int[] {100, 1000, 5000};
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("Java %s on %s %s, %d cores, max heap %d MiB; cards %.0f x %.0f, seed %d%n",
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"),
                rt.availableProcessors(), rt.maxMemory() >> 20, CARD_WIDTH, CARD_HEIGHT, SEED);
        long warm = System.nanoTime();
        ElkPlanLayout.warmUp();
        System.out.printf("first ELK call (warmUp): %d ms%n", (System.nanoTime() - warm) / 1_000_000);
        Plan warmUpPlan = LayoutBenchPlans.acyclic(1000, SEED + 1, LOCAL_SHARES[0]);
        for (int i = 0; i < 5; i++) {
            elk(warmUpPlan);
        }
        boolean dot = !skipDot && DotLayout.available();
        if (!dot && !skipDot) {
            System.out.println("Graphviz dot not found: dot columns skipped (apt-get install graphviz).");
        }
        System.out.println();
        System.out.println("| plans | services | hard deps | ELK median (wall) | ELK median (CPU) | ELK crossings "
                + "| dot (wall) | dot crossings |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (double local : LOCAL_SHARES) {
            for (int n : sizes) {
                row(n, local, dot);
            }
        }
    }

    private static void row(int n, double local, boolean dot) throws Exception {
        Plan plan = LayoutBenchPlans.acyclic(n, SEED, local);
        int runs = n <= 100 ? 15 : n <= 1000 ? 7 : 3;
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        LayoutResult result = null;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            long c = THREADS.getCurrentThreadCpuTime();
            result = elk(plan);
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c;
            wall[i] = System.nanoTime() - t;
        }
        long elkCrossings = EdgeCrossings.count(plan, centres(result));
        String dotTime = "-";
        String dotCrossings = "-";
        if (dot) {
            int dotRuns = n <= 100 ? 3 : 1;
            long[] dotTimes = new long[dotRuns];
            Optional<Map<String, double[]>> centres = Optional.empty();
            for (int i = 0; i < dotRuns; i++) {
                long t = System.nanoTime();
                centres = DotLayout.centres(plan, CARD_WIDTH, CARD_HEIGHT, NODE_GAP, LAYER_GAP);
                dotTimes[i] = System.nanoTime() - t;
            }
            dotTime = centres.isPresent() ? millis(median(dotTimes)) + " (" + dotRuns + ")" : "stopped after 10 min";
            dotCrossings = centres.map(c -> String.format("%,d", EdgeCrossings.count(plan, c))).orElse("-");
        }
        System.out.printf("| %s | %,d | %,d | %s (%d runs) | %s | %,d | %s | %s |%n",
                local == LOCAL_SHARES[0] ? "mixed" : "clustered", n, plan.dependencies().size(),
                millis(median(wall)), runs, millis(median(cpu)), elkCrossings, dotTime, dotCrossings);
    }

    private static LayoutResult elk(Plan plan) {
        return new ElkPlanLayout().arrange(LayoutRequest.all(plan, Direction.LEFT_TO_RIGHT, CARD_WIDTH, CARD_HEIGHT));
    }

    private static Map<String, double[]> centres(LayoutResult result) {
        Map<String, double[]> centres = new HashMap<>();
        result.positions().forEach((id, p) -> centres.put(id, centre(p)));
        return centres;
    }

    private static double[] centre(Position p) {
        return new double[] {p.x() + CARD_WIDTH / 2, p.y() + CARD_HEIGHT / 2};
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String millis(long nanos) {
        return String.format("%,d ms", nanos / 1_000_000);
    }
}
