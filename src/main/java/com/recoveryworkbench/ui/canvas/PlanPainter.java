package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.TierPolicy;
import com.recoveryworkbench.ui.canvas.SemanticZoom.Detail;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;

/**
 * Paints a {@link Frame} onto a canvas through a {@link Viewport}, each card at the detail its size on
 * screen allows ({@link SemanticZoom}). First a raster layer with the
 * background tinted where the lanes are, the grid, the plain arrows, when cards are small the cards as
 * blocks, the lanes' borders and the bundled arrows of folded groups; then,
 * as vector drawing over it, the lanes' labels, the group tiles when zoomed out below the names, the ghosts of removed
 * services, the emphasised and selected arrows, the cards, the change marks and the selection outlines.
 * Only what meets the visible area is drawn, found through the indexes, so a frame costs what is on
 * screen, not what is in the plan. FX thread only.
 */
public final class PlanPainter {
    private static final Affine SCREEN = new Affine();
    /** Opacity of a greyed-out card, over what the highlight gives it. */
    static final double GREYED_ALPHA = 0.6;

    private final RasterLayer raster = new RasterLayer();
    private final FrameText drawn = new FrameText();
    private final CardPainter cards = new CardPainter(drawn);
    private final BlockSymbols blockSymbols = new BlockSymbols(drawn);
    private final ArrowPainter arrows = new ArrowPainter();
    private final LanePainter lanes = new LanePainter(drawn);
    private final FoldedGroupPainter folded = new FoldedGroupPainter(drawn);
    private final TilePainter tiles = new TilePainter(drawn);
    private final BundlePainter bundles = new BundlePainter(drawn);
    private final ChangeMarkPainter marks = new ChangeMarkPainter();
    /** What the last raster layer was drawn from, and whether its arrows and bundled arrows were anti-aliased. */
    private RasterInputs lastRaster;
    private boolean lastSmooth;
    private boolean lastBundlesSmooth;
    private RasterReuse lastReuse = RasterReuse.DRAWN;

    /** How a frame came by its raster layer. */
    enum RasterReuse {
        /** Drawn from scratch. */
        DRAWN,
        /** The last frame's, moved by whole pixels, with the strips that came into view drawn. */
        MOVED,
        /** The last frame's as it was. */
        KEPT
    }

    /**
     * Paints the whole {@code width} x {@code height} canvas and leaves the world transform set, for
     * overlays. {@code pixelScale} is the window's render scale (2 on a HiDPI screen), so the raster
     * layer is as sharp as the vector drawing.
     */
    public void paint(GraphicsContext g, Frame frame, Viewport viewport, Palette palette, double width,
                      double height, double pixelScale) {
        double scale = viewport.scale();
        WorldRect visible = viewport.visibleWorld(width, height);
        Detail detail = SemanticZoom.detail(scale, frame.presentation());
        drawn.startFrame();
        List<Service> shown = frame.services().query(visible);

        arrows.gather(frame.dependencies(), visible, frame);
        bundles.gather(frame, viewport, width, height);
        g.setTransform(SCREEN);
        g.setGlobalAlpha(1);
        g.drawImage(rasterLayer(frame, viewport, palette, detail, visible, shown, width, height, pixelScale), 0, 0,
                width, height);

        Affine world = new Affine(scale, 0, viewport.offsetX(), 0, scale, viewport.offsetY());
        g.setTransform(world);
        lanes.paint(g, palette, frame, visible, viewport, world, detail == Detail.BLOCK);
        tiles.paint(g, palette, frame, visible, viewport, world);
        marks.paintGhosts(g, palette, frame.marks(), visible, viewport, world, detail);
        arrows.strokeEmphasised(g, palette, frame.selectedDependency(), scale, frame.lineWeight(palette));
        if (detail == Detail.BLOCK) {
            blockSymbols.paint(g, palette, frame, shown, viewport, world);
        } else {
            paintCards(g, palette, frame, shown, detail, viewport, world);
        }
        g.setGlobalAlpha(1);
        bundles.paintCounts(g, palette, world);
        folded.paintOver(g, palette, frame, visible, viewport, world);
        marks.paintMarks(g, frame.marks(), frame.services(), visible, viewport, world, detail);
        paintSelection(g, frame, palette, scale);
    }

    /**
     * The bottom layer: the last one again when nothing it shows changed, the last one moved when the
     * view was only panned by whole pixels (with the strips that came into view drawn), else drawn anew.
     */
    private Image rasterLayer(Frame frame, Viewport viewport, Palette palette, Detail detail, WorldRect visible,
                              List<Service> shown, double width, double height, double pixelScale) {
        int w = (int) Math.ceil(width * pixelScale);
        int h = (int) Math.ceil(height * pixelScale);
        RasterInputs inputs = RasterInputs.of(frame, viewport, palette, detail, w, h, pixelScale);
        RasterInputs last = lastRaster;
        lastRaster = inputs;
        boolean smooth = arrows.smooth();
        boolean bundlesSmooth = bundles.smooth();
        boolean sameLook = smooth == lastSmooth && bundlesSmooth == lastBundlesSmooth;
        lastSmooth = smooth;
        lastBundlesSmooth = bundlesSmooth;
        Image kept = sameLook && inputs.sameAs(last) ? raster.last(w, h) : null;
        if (kept != null) {
            lastReuse = RasterReuse.KEPT;
            return kept;
        }
        int[] shift = sameLook ? inputs.shiftFrom(last) : null;
        PixelCanvas pixels = shift == null ? null : raster.beginShifted(w, h, shift[0], shift[1]);
        lastReuse = pixels == null ? RasterReuse.DRAWN : RasterReuse.MOVED;
        if (pixels == null) {
            pixels = raster.begin(w, h, palette.background());
            rasterise(pixels, frame, viewport, palette, detail, visible, shown, pixelScale);
        } else {
            int dx = shift[0];
            int dy = shift[1];
            // The strips the move uncovered: a column at the side it moved from, a row at the top or bottom.
            for (int[] strip : new int[][] {{dx > 0 ? 0 : w + dx, 0, dx > 0 ? dx : w, h},
                                            {0, dy > 0 ? 0 : h + dy, w, dy > 0 ? dy : h}}) {
                if (strip[2] > strip[0] && strip[3] > strip[1]) {
                    pixels.clip(strip[0], strip[1], strip[2], strip[3]);
                    pixels.fillRect(strip[0], strip[1], strip[2] - strip[0], strip[3] - strip[1],
                            RasterLayer.rgb(palette.background()), 1);
                    rasterise(pixels, frame, viewport, palette, detail, visible, shown, pixelScale);
                }
            }
        }
        return raster.finish();
    }

    /**
     * Draws the lanes' tints, the grid, the plain arrows, when cards are small the blocks, over them the
     * lanes' borders, the group tiles' fills and the bundled arrows of folded groups into {@code pixels},
     * within its clip.
     */
    private void rasterise(PixelCanvas pixels, Frame frame, Viewport viewport, Palette palette, Detail detail,
                           WorldRect visible, List<Service> shown, double pixelScale) {
        LanePainter.rasteriseFills(pixels, palette, frame, visible, viewport, pixelScale);
        if (!frame.presentation()) {
            // The grid helps placing cards; on a projector it is only noise behind them.
            GridPainter.paint(pixels, palette, viewport, pixelScale, visible);
        }
        arrows.rasterise(pixels, palette, frame.dependencies(), visible, frame, viewport, pixelScale);
        if (detail == Detail.BLOCK) {
            rasteriseBlocks(pixels, palette, frame, shown, viewport, pixelScale);
        }
        LanePainter.rasteriseBorders(pixels, palette, frame, visible, viewport, pixelScale);
        TilePainter.rasteriseFills(pixels, palette, frame, visible, viewport, pixelScale);
        bundles.rasterise(pixels, palette, frame, viewport, pixelScale);
    }

    /** How the last frame came by its raster layer; tests read it. */
    RasterReuse lastRasterReuse() {
        return lastReuse;
    }

    /** What the last frame drew as text: its smallest size, the named cards, the summarised lanes. */
    public DrawnText lastText() {
        return drawn.snapshot();
    }

    private void paintCards(GraphicsContext g, Palette palette, Frame frame, List<Service> shown,
                            Detail detail, Viewport viewport, Affine world) {
        Plan plan = frame.services().plan();
        cards.prepare(palette, frame.lineWeight(palette), frame.presentation());
        TierPolicy lastTier = null;
        for (Service s : shown) {
            if (lastTier == null || !lastTier.id().equals(s.tier())) {
                lastTier = plan.tier(s.tier()).orElse(null);
            }
            boolean greyed = frame.greyed().contains(s.id());
            g.setGlobalAlpha(alpha(frame, palette, s));
            ServiceResult result = result(frame.analysis(), s);
            cards.paint(g, detail, s, result, lastTier, frame.evidence().get(s.id()), greyed, viewport, world);
            if (!greyed && ScenarioLook.isHit(frame.analysis(), result)) {
                ScenarioLook.paintHitMark(g, palette, s.position(), frame.lineWeight(palette));
            }
        }
    }

    /**
     * Opacity of a card: dimmed outside a highlight or filter, faded when greyed out, quiet when the
     * scenario shown leaves it running; these multiply.
     */
    static double alpha(Frame frame, Palette palette, Service s) {
        Emphasis emphasis = frame.emphasis();
        double alpha = emphasis.isActive() && !emphasis.emphasises(s.id()) ? palette.dimAlpha() : 1;
        if (ScenarioLook.isQuiet(result(frame.analysis(), s))) {
            alpha *= ScenarioLook.QUIET_ALPHA;
        }
        return frame.greyed().contains(s.id()) ? alpha * GREYED_ALPHA : alpha;
    }

    /** Tiny cards are blocks in their verdict colour: drawn in the raster, they cost next to nothing. */
    private static void rasteriseBlocks(PixelCanvas pixels, Palette palette, Frame frame, List<Service> shown,
                                        Viewport v, double ps) {
        double w = CardGeometry.WIDTH * v.scale() * ps;
        double h = CardGeometry.HEIGHT * v.scale() * ps;
        for (Service s : shown) {
            ServiceResult result = result(frame.analysis(), s);
            Color colour = result == null || frame.greyed().contains(s.id()) ? palette.neutralBand()
                    : palette.verdict(result.verdict());
            double alpha = alpha(frame, palette, s);
            pixels.fillRect(v.toScreenX(s.position().x()) * ps, v.toScreenY(s.position().y()) * ps, Math.max(1, w),
                    Math.max(1, h), RasterLayer.rgb(colour), alpha);
        }
    }

    static ServiceResult result(Analysis analysis, Service s) {
        return analysis == null ? null : analysis.result(s.id()).orElse(null);
    }

    private static void paintSelection(GraphicsContext g, Frame frame, Palette palette, double scale) {
        g.setFill(palette.selection());
        double width = Math.max(4, 3 / scale);
        double gap = Math.max(2, 1 / scale);
        for (String id : frame.selected()) {
            Service s = frame.services().service(id);
            if (s != null) {
                // A frame of four filled bars: much cheaper to render than a stroked rectangle.
                WorldRect r = CardGeometry.bounds(s.position()).expanded(gap + width);
                g.fillRect(r.minX(), r.minY(), r.width(), width);
                g.fillRect(r.minX(), r.maxY() - width, r.width(), width);
                g.fillRect(r.minX(), r.minY(), width, r.height());
                g.fillRect(r.maxX() - width, r.minY(), width, r.height());
            }
        }
    }
}
