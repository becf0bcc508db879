package com.recoveryworkbench.bench;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.model.GroupKind;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.testplans.RandomPlans;
import com.recoveryworkbench.ui.canvas.DependencyIndex;
import com.recoveryworkbench.ui.canvas.Frame;
import com.recoveryworkbench.ui.canvas.LaneGrouping;
import com.recoveryworkbench.ui.canvas.Palette;
import com.recoveryworkbench.ui.canvas.PlanPainter;
import com.recoveryworkbench.ui.canvas.SemanticZoom;
import com.recoveryworkbench.ui.canvas.SpatialIndex;
import com.recoveryworkbench.ui.canvas.Viewport;
import com.recoveryworkbench.ui.canvas.WorldRect;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.edit.PlanEdits;
import com.recoveryworkbench.ui.state.LiveAnalysis;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * Measures the canvas: frame times for a {@link RandomPlans} plan of 5,000 services (~16,600
 * dependencies between random pairs, the worst case for arrows crossing the view) at fit-to-window
 * and at zooms of each level of {@link SemanticZoom} (40%: blocks, 75%: labels, 100%: full cards),
 * each once with every frame panned a pixel from the last (as while dragging the map) and once with
 * every frame drawn anew (zoomed by a hair, as on every zoom step); the cost of re-indexing a changed
 * plan; and edit-to-colours on a 1,000-service plan (document change until the live analysis
 * publishes, with the real analyzer on a background thread). Runs headless (Monocle, software
 * rendering) and prints median and p90 in milliseconds. Not a test: run it as a main class (see
 * docs/performance.md).
 *
 * <p>Arguments, in any order: the views to measure, {@code fit} or a zoom in percent (default
 * {@code fit 40 75 100}); {@code regions=N} to spread the services over N regions, column bands of
 * the grid, so the frames draw lanes and their summaries, and below the names every region as a tile, as
 * the canvas does ({@link Frame#ofPlanAt}) (default 0: no regions, as the figures in
 * docs/performance.md); {@code folded=K} to fold the first K of those regions, so the frames draw
 * their folded cards and bundled arrows as the canvas does; {@code panned} or {@code redrawn} to measure only that kind of frame;
 * {@code frames-only} to skip the indexing and edit measurements.
 */
public final class CanvasFrameBenchmark {
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    private static final int WARMUP = 30;
    private static final int FRAMES = 100;
    /** Slow views stop after this long (with at least {@link #MIN_FRAMES} frames), so a run stays short. */
    private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(20);
    private static final int MIN_FRAMES = 10;
    /** JavaFX's render thread, found on the first frame; -1 when there is none. */
    private static long renderThread;

    private CanvasFrameBenchmark() {
    }

    /** What to measure, from the command line. */
    private record Options(List<String> views, List<Move> moves, int regions, int folded, boolean framesOnly) {
        static Options parse(String[] args) {
            List<String> views = new ArrayList<>();
            List<Move> moves = new ArrayList<>();
            int regions = 0;
            int folded = 0;
            boolean framesOnly = false;
            for (String arg : args) {
                if (arg.equals("panned") || arg.equals("redrawn")) {
                    moves.add(arg.equals("panned") ? Move.PAN : Move.ZOOM);
                } else if (arg.startsWith("regions=")) {
                    regions = Integer.parseInt(arg.substring("regions=".length()));
                } else if (arg.startsWith("folded=")) {
                    folded = Integer.parseInt(arg.substring("folded=".length()));
                } else if (arg.equals("frames-only")) {
                    framesOnly = true;
                } else if (arg.equals("fit") || arg.matches("\\d+")) {
                    views.add(arg);
                } else {
                    throw new IllegalArgumentException("unknown argument " + arg
                            + " (expected fit, a zoom in percent, panned, redrawn, regions=N, folded=K or frames-only)");
                }
            }
            if (folded > regions) {
                throw new IllegalArgumentException("folded=" + folded + " asks for more folded regions than regions="
                        + regions);
            }
            return new Options(views.isEmpty() ? List.of("fit", "40", "75", "100") : views,
                    moves.isEmpty() ? List.of(Move.values()) : moves, regions, folded, framesOnly);
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        headless();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        // The frame measurements close their window; the toolkit must outlive it.
        Platform.setImplicitExit(false);
        try {
            Plan big = folding(inRegions(RandomPlans.generate(5_000, 3, 42), options.regions()), options.folded());
            Analysis analysis = new RecoveryAnalyzer().analyze(big);
            System.out.printf(Locale.ROOT,
                    "plan: %d services, %d dependencies, %d regions, %d folded; canvas %dx%d px; load average %.2f%n",
                    big.serviceCount(), big.dependencies().size(), options.regions(), options.folded(), WIDTH, HEIGHT,
                    loadAverage());
            onFx(() -> frames(big, analysis, options));
            if (!options.framesOnly()) {
                indexing(big);
                editToColours(RandomPlans.generate(1_000, 3, 7));
            }
            System.out.printf(Locale.ROOT, "load average at the end %.2f%n", loadAverage());
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

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * {@code plan} with its services spread over {@code regions} regions by column bands of its grid, so
     * each region's lane is a strip of the map; {@code plan} itself for none.
     */
    private static Plan inRegions(Plan plan, int regions) {
        if (regions <= 0) {
            return plan;
        }
        double width = plan.services().stream().mapToDouble(s -> s.position().x()).max().orElse(0)
                + RandomPlans.CELL_WIDTH;
        List<Service> placed = new ArrayList<>();
        for (Service s : plan.services()) {
            int band = Math.min(regions - 1, (int) (s.position().x() / width * regions));
            placed.add(s.toBuilder().region("region-" + (band + 1)).build());
        }
        return plan.withServices(placed);
    }

    /** {@code plan} with its first {@code folded} regions (region-1, region-2, …) folded, as Fold does. */
    private static Plan folding(Plan plan, int folded) {
        List<String> names = IntStream.rangeClosed(1, folded).mapToObj(i -> "region-" + i).toList();
        return plan.withFolded(plan.folded().with(GroupKind.REGION, names));
    }

    private static void frames(Plan plan, Analysis analysis, Options options) {
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        Stage stage = new Stage();
        stage.setScene(new Scene(new Pane(canvas), WIDTH, HEIGHT));
        stage.show();
        LaneGrouping grouping = options.regions() > 0 ? LaneGrouping.REGION : LaneGrouping.NONE;
        WritableImage image = new WritableImage(WIDTH, HEIGHT);
        PlanPainter painter = new PlanPainter();
        // The views are placed on the whole plan, folded regions included, so folding changes what they show.
        WorldRect all = SpatialIndex.of(plan).bounds();

        for (String view : options.views()) {
            Viewport v = new Viewport();
            if (view.equals("fit")) {
                v.fit(all, WIDTH, HEIGHT, 40, 1);
            } else {
                v.zoomTo(Integer.parseInt(view) / 100.0, 0, 0);
                v.centreOn(all.centreX(), all.centreY(), WIDTH, HEIGHT);
            }
            // As the canvas paints at this zoom: below the names, with regions, every region a tile.
            Frame frame = Frame.ofPlanAt(plan, analysis, grouping, v.scale());
            String label = (view.equals("fit") ? "fit to window, " : "centre of the plan, ") + percent(v.scale())
                    + " (" + SemanticZoom.detail(v.scale(), false).name().toLowerCase(Locale.ROOT) + ")";
            for (Move move : options.moves()) {
                measureFrames(label + ", " + move.label, canvas, image, painter, frame, v, move);
            }
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
     * "CPU" is the CPU time the FX and render threads spent on paint+render: on a shared machine it
     * moves far less with the load than the wall time does.
     */
    private static void measureFrames(String label, Canvas canvas, WritableImage image, PlanPainter painter,
                                      Frame frame, Viewport viewport, Move move) {
        long warmUpEnd = System.nanoTime() + BUDGET_NANOS / 4;
        for (int i = 0; i < WARMUP && System.nanoTime() < warmUpEnd; i++) {
            frame(canvas, image, painter, frame, viewport, move, i);
        }
        long[] paint = new long[FRAMES];
        long[] rendered = new long[FRAMES];
        long[] cpu = new long[FRAMES];
        long[] paintCpu = new long[FRAMES];
        long deadline = System.nanoTime() + BUDGET_NANOS;
        int frames = 0;
        while (frames < FRAMES && (frames < MIN_FRAMES || System.nanoTime() < deadline)) {
            long[] times = frame(canvas, image, painter, frame, viewport, move, frames);
            paint[frames] = times[0];
            rendered[frames] = times[1];
            cpu[frames] = times[2];
            paintCpu[frames] = times[3];
            frames++;
        }
        print(label + ": paint", Arrays.copyOf(paint, frames));
        print(label + ": paint+render", Arrays.copyOf(rendered, frames));
        print(label + ": paint, CPU", Arrays.copyOf(paintCpu, frames));
        print(label + ": paint+render, CPU", Arrays.copyOf(cpu, frames));
    }

    /** How each frame differs from the one before. */
    private enum Move {
        /** Panned by a pixel, as while dragging the map: the painter may keep most of the last frame. */
        PAN("panned a pixel"),
        /** Zoomed in or out by a hundredth of a percent: everything is drawn anew, as on every zoom step. */
        ZOOM("redrawn");

        final String label;

        Move(String label) {
            this.label = label;
        }
    }

    /** One frame, moved from the last; returns {paint, paint+render, CPU of both threads, CPU of paint} in ns. */
    private static long[] frame(Canvas canvas, WritableImage image, PlanPainter painter, Frame frame,
                                Viewport viewport, Move move, int i) {
        if (move == Move.PAN) {
            viewport.panBy(i % 2 == 0 ? 1 : -1, 0);
        } else {
            viewport.zoomAround(WIDTH / 2.0, HEIGHT / 2.0, i % 2 == 0 ? 1.0001 : 1 / 1.0001);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = renderingCpu();
        long paintCpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        painter.paint(canvas.getGraphicsContext2D(), frame, viewport, Palette.LIGHT, WIDTH, HEIGHT, 1);
        long t1 = System.nanoTime();
        long paintCpu = threads.getCurrentThreadCpuTime() - paintCpu0;
        canvas.snapshot(null, image);
        long t2 = System.nanoTime();
        return new long[] {t1 - t0, t2 - t0, renderingCpu() - cpu0, paintCpu};
    }

    /** CPU time so far of the calling (FX) thread and of JavaFX's render thread. */
    private static long renderingCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (renderThread == 0) {
            renderThread = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).findFirst()
                    .orElse(-1);
        }
        long render = renderThread < 0 ? 0 : Math.max(0, threads.getThreadCpuTime(renderThread));
        return threads.getCurrentThreadCpuTime() + render;
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
        System.out.printf(Locale.ROOT, "%-72s median %7.2f ms   p90 %7.2f ms%n", label,
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
