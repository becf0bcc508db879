package com.recoveryworkbench.bench;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.io.export.ExportFormat;
import com.recoveryworkbench.io.export.Exported;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.testplans.RandomPlans;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Times File ▸ Export for pictures and the printable runbook of 1,000 and 5,000 services laid out on a
 * grid (wall clock, median of timed runs after warm-up; the analysis is done once beforehand, as the
 * export's own analysis is measured by {@code AnalysisBenchmark}). Run as described in
 * docs/performance.md; not part of the tests.
 */
public final class ExportBenchmark {
    private static final int WARM_UP = 2;
    private static final int RUNS = 5;
    private static final List<ExportFormat> FORMATS = List.of(ExportFormat.SVG, ExportFormat.PNG,
            ExportFormat.PNG_2X, ExportFormat.RUNBOOK_HTML);

    private ExportBenchmark() {
    }

    public static void main(String[] args) {
        for (int services : new int[] {1_000, 5_000}) {
            Plan plan = RandomPlans.generate(services, 3, 42);
            Analysis analysis = new RecoveryAnalyzer().analyze(plan);
            System.out.printf("export, %d services, %d dependencies%n", services, plan.dependencies().size());
            for (ExportFormat format : FORMATS) {
                long[] nanos = new long[RUNS];
                Exported last = null;
                for (int run = -WARM_UP; run < RUNS; run++) {
                    long start = System.nanoTime();
                    last = format.render(plan, analysis, LocalDate.of(2026, 11, 26), Set.of());
                    if (run >= 0) {
                        nanos[run] = System.nanoTime() - start;
                    }
                }
                System.out.printf("  %-12s median %7.0f ms, %6.1f MB%s%n", format.code(), median(nanos),
                        last.bytes().length / 1e6, last.warnings().isEmpty() ? "" : "  (" + last.warnings().get(0) + ")");
            }
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
