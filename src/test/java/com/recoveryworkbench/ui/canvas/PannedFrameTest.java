package com.recoveryworkbench.ui.canvas;

import static com.recoveryworkbench.ui.FxWait.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.model.FoldedGroups;
import com.recoveryworkbench.model.GroupKind;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.testplans.RandomPlans;
import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A frame that only pans keeps most of the last frame's raster layer and draws the strips that came
 * into view; a frame that only changes the selection keeps it whole. Either must look like the same view
 * drawn from scratch. For a pan, "like" allows a few pixels in a thousand: positions computed with
 * another offset can round the other way where an arrow passes exactly half-way between two pixels (a
 * pixel of a line one row off, or anti-aliasing one level apart). A strip drawn in the wrong place
 * or the wrong way differs in thousands.
 */
@ExtendWith(ApplicationExtension.class)
class PannedFrameTest {
    private static final int WIDTH = 600;
    private static final int HEIGHT = 400;
    private final Canvas panned = new Canvas(WIDTH, HEIGHT);
    private final Canvas fresh = new Canvas(WIDTH, HEIGHT);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new HBox(panned, fresh)));
        stage.show();
    }

    /** 25%: blocks and over 600 arrows on screen, drawn without anti-aliasing; 100%: cards and anti-aliased arrows. */
    @ParameterizedTest
    @ValueSource(doubles = {0.25, 1.0})
    void aPannedFrameLooksLikeTheSameViewDrawnAnew(double scale) throws Exception {
        Plan plan = RandomPlans.generate(400, 3, 5);
        SpatialIndex services = SpatialIndex.of(plan);
        Frame frame = new Frame(services, DependencyIndex.of(services), new RecoveryAnalyzer().analyze(plan),
                Set.of(), null, Emphasis.NONE);
        Viewport view = new Viewport();
        view.zoomTo(scale, 0, 0);
        view.centreOn(services.bounds().centreX(), services.bounds().centreY(), WIDTH, HEIGHT);
        PlanPainter painter = new PlanPainter();
        int differing = onFx(() -> panTwiceThenCompare(painter, frame, view));
        assertTrue(frame.dependencies().size() > 1000, "a plan with many arrows");
        assertTrue(differing <= WIDTH * HEIGHT / 1000, differing + " pixels differ from the view drawn anew");
    }

    /**
     * Paints {@code frame}, pans right and up, then left and down (strips on every side), checking the
     * raster layer was moved each time; returns how many pixels differ from the last view drawn anew.
     */
    private int panTwiceThenCompare(PlanPainter painter, Frame frame, Viewport view) {
        painter.paint(panned.getGraphicsContext2D(), frame, view, Palette.LIGHT, WIDTH, HEIGHT, 1);
        view.panBy(37, -23);
        painter.paint(panned.getGraphicsContext2D(), frame, view, Palette.LIGHT, WIDTH, HEIGHT, 1);
        assertEquals(PlanPainter.RasterReuse.MOVED, painter.lastRasterReuse());
        view.panBy(-5, 11);
        painter.paint(panned.getGraphicsContext2D(), frame, view, Palette.LIGHT, WIDTH, HEIGHT, 1);
        assertEquals(PlanPainter.RasterReuse.MOVED, painter.lastRasterReuse());
        return differenceFromFreshFrame(frame, view);
    }

    /** The same with the plan in two regions, the left one folded: lanes and bundled arrows are in the raster too. */
    @ParameterizedTest
    @ValueSource(doubles = {0.25, 1.0})
    void aPannedFrameWithLanesAndAFoldedRegionLooksLikeTheSameViewDrawnAnew(double scale) throws Exception {
        Plan plan = RandomPlans.generate(400, 3, 5);
        double middle = SpatialIndex.of(plan).bounds().centreX();
        List<Service> placed = plan.services().stream()
                .map(s -> s.toBuilder().region(s.position().x() < middle ? "left" : "right").build()).toList();
        Plan folded = plan.withServices(placed).withFolded(FoldedGroups.NONE.with(GroupKind.REGION, List.of("left")));
        Frame frame = Frame.ofPlan(folded, new RecoveryAnalyzer().analyze(folded), LaneGrouping.REGION);
        Viewport view = new Viewport();
        view.zoomTo(scale, 0, 0);
        view.centreOn(middle, SpatialIndex.of(plan).bounds().centreY(), WIDTH, HEIGHT);
        PlanPainter painter = new PlanPainter();
        int differing = onFx(() -> panTwiceThenCompare(painter, frame, view));
        assertTrue(painter.lastText().bundledArrows() > 50, "bundled arrows on screen");
        assertTrue(differing <= WIDTH * HEIGHT / 1000, differing + " pixels differ from the view drawn anew");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.25, 1.0})
    void aFrameThatOnlySelectsACardKeepsTheRasterLayerAndLooksLikeOneDrawnAnew(double scale) throws Exception {
        Plan plan = RandomPlans.generate(400, 3, 5);
        SpatialIndex services = SpatialIndex.of(plan);
        DependencyIndex dependencies = DependencyIndex.of(services);
        var analysis = new RecoveryAnalyzer().analyze(plan);
        Viewport view = new Viewport();
        view.zoomTo(scale, 0, 0);
        view.centreOn(services.bounds().centreX(), services.bounds().centreY(), WIDTH, HEIGHT);
        String middle = services.query(view.visibleWorld(WIDTH, HEIGHT)).get(0).id();
        Frame selecting = new Frame(services, dependencies, analysis, Set.of(middle), null, Emphasis.NONE);
        PlanPainter painter = new PlanPainter();
        int differing = onFx(() -> {
            painter.paint(panned.getGraphicsContext2D(), new Frame(services, dependencies, analysis, Set.of(), null,
                    Emphasis.NONE), view, Palette.LIGHT, WIDTH, HEIGHT, 1);
            painter.paint(panned.getGraphicsContext2D(), selecting, view, Palette.LIGHT, WIDTH, HEIGHT, 1);
            assertEquals(PlanPainter.RasterReuse.KEPT, painter.lastRasterReuse());
            return differenceFromFreshFrame(selecting, view);
        });
        assertEquals(0, differing, "pixels that differ from the view drawn anew");
    }

    /** Paints {@code frame} with a new painter on the other canvas; how many pixels differ from the first. FX thread. */
    private int differenceFromFreshFrame(Frame frame, Viewport view) {
        PlanPainter painter = new PlanPainter();
        painter.paint(fresh.getGraphicsContext2D(), frame, view, Palette.LIGHT, WIDTH, HEIGHT, 1);
        assertEquals(PlanPainter.RasterReuse.DRAWN, painter.lastRasterReuse());
        return differingPixels(panned.snapshot(null, null).getPixelReader(),
                fresh.snapshot(null, null).getPixelReader());
    }

    private static int differingPixels(PixelReader a, PixelReader b) {
        int count = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                if (a.getArgb(x, y) != b.getArgb(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }
}
