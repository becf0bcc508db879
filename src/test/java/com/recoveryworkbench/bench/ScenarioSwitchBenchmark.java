package com.recoveryworkbench.bench;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.ui.WorkbenchShell;
import com.recoveryworkbench.ui.files.FxDialogs;
import com.recoveryworkbench.ui.files.RecoveryFiles;
import com.recoveryworkbench.ui.preferences.WorkbenchPreferences;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.stage.Stage;

/**
 * Measures switching the scenario in the real window: the whole workbench (map, compliance table,
 * timeline, findings, inspector, scenario matrix) on a 1600 × 1000 stage, showing the
 * {@link ScenarioBenchmark} plan of 1,000 services and 20 scenarios. One switch is timed from setting
 * the current scenario (what the picker does) until the next pulse has run the map's repaint and the
 * CSS and layout of every control: all the FX-thread work a switch causes before the renderer draws.
 * Runs headless (Monocle, software rendering) and prints median and p90 of the wall time and of the
 * FX thread's CPU time (which a busy machine inflates less). Target (issue 13): under 100 ms. Not a test: run it as a main class (see docs/performance.md).
 */
public final class ScenarioSwitchBenchmark {
    private static final int WARMUP = 20;
    private static final int SWITCHES = 60;

    private ScenarioSwitchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Preferences node = Preferences.userRoot().node("com/recoveryworkbench/bench-" + UUID.randomUUID());
        try {
            Plan plan = ScenarioBenchmark.plan(1_000, 20);
            WorkbenchShell shell = onFx(() -> {
                Stage stage = new Stage();
                stage.setWidth(1600);
                stage.setHeight(1000);
                WorkbenchShell s = new WorkbenchShell(stage, new WorkbenchPreferences(node), FxDialogs::new,
                        new RecoveryFiles(Files.createTempDirectory("bench-recovery")));
                stage.show();
                s.workbench().document().replace(plan, null);
                return s;
            });
            waitForAnalyses(shell, plan);
            List<String> ids = plan.scenarios().stream().map(Scenario::id).toList();
            System.out.printf(Locale.ROOT, "plan: %d services, %d dependencies, %d scenarios; load average %.2f%n",
                    plan.serviceCount(), plan.dependencies().size(), ids.size(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            long[] views = new long[SWITCHES];
            long[] times = new long[SWITCHES];
            long[] cpu = new long[SWITCHES];
            for (int i = -WARMUP; i < SWITCHES; i++) {
                long[] took = switchTo(shell, ids.get(Math.floorMod(i, ids.size())));
                if (i >= 0) {
                    views[i] = took[0];
                    times[i] = took[1];
                    cpu[i] = took[2];
                }
            }
            print("views updated (the listeners of the switch)", views);
            print("switch until painted and laid out", times);
            print("the same, CPU time of the FX thread", cpu);
        } finally {
            node.removeNode();
            Platform.exit();
        }
    }

    private static void print(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-46s median %6.1f ms   p90 %6.1f ms   max %6.1f ms%n", label,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.9) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    private static void waitForAnalyses(WorkbenchShell shell, Plan plan) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (onFx(() -> shell.workbench().liveAnalysis().getScenarios() == null
                || shell.workbench().document().getPlan() != plan
                || shell.workbench().liveAnalysis().runningProperty().get())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the plan was not analysed within 2 minutes");
            }
            Thread.sleep(50);
        }
    }

    /**
     * Sets the scenario, then waits for the next pulse (returns {views updated, all done, FX thread CPU
     * time until all done} in nanoseconds): the map's repaint timer was started by the switch,
     * so it runs before the timer started here, which then forces the CSS and layout the pulse would do.
     */
    private static long[] switchTo(WorkbenchShell shell, String scenarioId) throws Exception {
        CompletableFuture<long[]> done = new CompletableFuture<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] started = onFx(() -> {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            shell.workbench().currentScenarioProperty().set(scenarioId);
            long t1 = System.nanoTime();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    Parent root = shell.canvas().node().getScene().getRoot();
                    root.applyCss();
                    root.layout();
                    done.complete(new long[] {System.nanoTime(), threads.getCurrentThreadCpuTime()});
                }
            }.start();
            return new long[] {t0, t1, cpu0};
        });
        long[] end = done.get(1, TimeUnit.MINUTES);
        // Let the renderer finish this frame before the next switch.
        onFx(() -> null);
        Thread.sleep(20);
        return new long[] {started[1] - started[0], end[0] - started[0], end[1] - started[2]};
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.MINUTES);
    }
}
