package com.recoveryworkbench.bench;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.testplans.RandomPlans;
import com.recoveryworkbench.ui.canvas.DependencyIndex;
import com.recoveryworkbench.ui.canvas.Emphasis;
import com.recoveryworkbench.ui.canvas.Frame;
import com.recoveryworkbench.ui.canvas.Palette;
import com.recoveryworkbench.ui.canvas.PlanPainter;
import com.recoveryworkbench.ui.canvas.SpatialIndex;
import com.recoveryworkbench.ui.canvas.Viewport;
import com.recoveryworkbench.ui.canvas.WorldRect;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.edit.PlanEdits;
import com.recoveryworkbench.ui.state.LiveAnalysis;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * Measures the canvas: frame times for a {@link RandomPlans} plan of 5,000 services (~16,600
 * dependencies between random pairs, the worst case for arrows crossing the view) at
 * fit-to-window, 40% and 100% zoom, the cost of re-indexing a changed plan, and edit-to-colours on a
 * 1,000-service plan (document change until the live analysis publishes, with the real analyzer on a
 * background thread). Runs headless (Monocle, software rendering) and prints median and p90 in
 * milliseconds. Not a test: run it as a main class (see docs/performance.md).
 */
public final class CanvasFrameBenchmark {
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    private static final int WARMUP = 30;
    private static final int FRAMES = 100;
    /** Slow views stop after this long (with at least {@link #MIN_FRAMES} frames), so a run stays short. */
    private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(20);
    private static final int MIN_FRAMES = 10;

    private CanvasFrameBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        headless();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        // The frame measurements close their window; the toolkit must outlive it.
        Platform.setImplicitExit(false);
        try {
            Plan big = RandomPlans.generate(5_000, 3, 42);
            Analysis analysis = new RecoveryAnalyzer().analyze(big);
            System.out.printf(Locale.ROOT, "plan: %d services, %d dependencies; canvas %dx%d px; load average %.2f%n",
                    big.serviceCount(), big.dependencies().size(), WIDTH, HEIGHT,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            onFx(() -> frames(big, analysis));
            indexing(big);
            editToColours(RandomPlans.generate(1_000, 3, 7));
        } finally {
            Platform.exit();
        }
    }

    private static void headless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
    }

    private static void frames(Plan plan, Analysis analysis) {
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        Stage stage = new Stage();
        stage.setScene(new Scene(new Pane(canvas), WIDTH, HEIGHT));
        stage.show();
        SpatialIndex services = SpatialIndex.of(plan);
        Frame frame = new Frame(services, DependencyIndex.of(services), analysis, Set.of(), null, Emphasis.NONE);
        WritableImage image = new WritableImage(WIDTH, HEIGHT);
        PlanPainter painter = new PlanPainter();
        WorldRect all = services.bounds();

        Viewport fit = new Viewport();
        fit.fit(all, WIDTH, HEIGHT, 40, 1);
        measureFrames("fit to window (" + percent(fit.scale()) + ")", canvas, image, painter, frame, fit);

        for (double scale : new double[] {0.4, 1.0}) {
            Viewport v = new Viewport();
            v.zoomTo(scale, 0, 0);
            v.centreOn(all.centreX(), all.centreY(), WIDTH, HEIGHT);
            measureFrames(percent(scale) + " zoom, centre of the plan", canvas, image, painter, frame, v);
        }

        canvas.getGraphicsContext2D().clearRect(0, 0, WIDTH, HEIGHT);
        long[] snapshotOnly = new long[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            long t0 = System.nanoTime();
            canvas.snapshot(null, image);
            snapshotOnly[i] = System.nanoTime() - t0;
        }
        print("snapshot of an empty canvas (readback cost included above)", snapshotOnly);
        stage.close();
    }

    /**
     * "paint" is the painter on the FX thread (recording canvas commands); "paint+render" adds a
     * snapshot, which makes the renderer execute those commands synchronously (and reads pixels back).
     */
    private static void measureFrames(String label, Canvas canvas, WritableImage image, PlanPainter painter,
                                      Frame frame, Viewport viewport) {
        long warmUpEnd = System.nanoTime() + BUDGET_NANOS / 4;
        for (int i = 0; i < WARMUP && System.nanoTime() < warmUpEnd; i++) {
            frame(canvas, image, painter, frame, viewport, i);
        }
        long[] paint = new long[FRAMES];
        long[] rendered = new long[FRAMES];
        long deadline = System.nanoTime() + BUDGET_NANOS;
        int frames = 0;
        while (frames < FRAMES && (frames < MIN_FRAMES || System.nanoTime() < deadline)) {
            long[] times = frame(canvas, image, painter, frame, viewport, frames);
            paint[frames] = times[0];
            rendered[frames] = times[1];
            frames++;
        }
        print(label + ": paint", Arrays.copyOf(paint, frames));
        print(label + ": paint+render", Arrays.copyOf(rendered, frames));
    }

    /** One frame, panned a pixel from the last; returns {paint, paint+render} in nanoseconds. */
    private static long[] frame(Canvas canvas, WritableImage image, PlanPainter painter, Frame frame,
                                Viewport viewport, int i) {
        viewport.panBy(i % 2 == 0 ? 1 : -1, 0);
        long t0 = System.nanoTime();
        painter.paint(canvas.getGraphicsContext2D(), frame, viewport, Palette.LIGHT, WIDTH, HEIGHT, 1);
        long t1 = System.nanoTime();
        canvas.snapshot(null, image);
        long t2 = System.nanoTime();
        return new long[] {t1 - t0, t2 - t0};
    }

    /** What a plan change costs the canvas before it can paint: rebuilding both indexes. */
    private static void indexing(Plan plan) {
        long[] times = new long[FRAMES];
        List<String> moving = List.of(plan.services().get(0).id());
        for (int i = -WARMUP; i < FRAMES; i++) {
            Plan moved = PlanEdits.moveServices(plan, moving, i, 0, false);
            long t0 = System.nanoTime();
            DependencyIndex.of(SpatialIndex.of(moved));
            if (i >= 0) {
                times[i] = System.nanoTime() - t0;
            }
        }
        print("re-index after a move (5,000 services)", times);
    }

    private static void editToColours(Plan plan) throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "analysis");
            t.setDaemon(true);
            return t;
        });
        WorkbenchState workbench = onFxGet(() -> new WorkbenchState(new PlanDocument(plan, null),
                new LiveAnalysis(worker, Platform::runLater, new RecoveryAnalyzer()::analyzeAll)));
        String moved = plan.services().get(plan.serviceCount() / 2).id();
        long[] times = new long[FRAMES];
        for (int i = -10; i < FRAMES; i++) {
            CompletableFuture<Long> published = new CompletableFuture<>();
            long started = onFxGet(() -> {
                workbench.liveAnalysis().analysisProperty().addListener(
                        (obs, old, now) -> published.complete(System.nanoTime()));
                long t0 = System.nanoTime();
                workbench.document().apply("Move", p -> PlanEdits.moveServices(p, List.of(moved), 20, 0, false));
                return t0;
            });
            long took = published.get(30, TimeUnit.SECONDS) - started;
            onFx(() -> { });
            if (i >= 0) {
                times[i] = took;
            }
        }
        worker.shutdownNow();
        print("edit to colours (1,000 services, " + plan.dependencies().size() + " dependencies)", times);
    }

    private static String percent(double scale) {
        return String.format(Locale.ROOT, "%.0f%%", scale * 100);
    }

    private static void print(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-62s median %7.2f ms   p90 %7.2f ms%n", label,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.9) - 1] / 1e6);
    }

    private static void onFx(Runnable work) throws Exception {
        onFxGet(() -> {
            work.run();
            return null;
        });
    }

    private static <T> T onFxGet(java.util.concurrent.Callable<T> work) throws Exception {
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
