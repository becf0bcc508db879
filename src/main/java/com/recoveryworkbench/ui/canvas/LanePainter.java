package com.recoveryworkbench.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

/**
 * Paints the lanes behind the cards: a faint tint of the background under the grid and the arrows and a
 * border in the lane's colour over them, drawn into the raster layer, and its name in large type (with
 * what it holds when its cards are too small to read) drawn over everything: in the band above its
 * cards, or just above the lane when the band is too small for it, never over the lane's border or cards.
 * The lane a dragged card would drop into is filled more strongly. Lane colours are blues, greys and
 * browns, away from the verdict colours. FX thread only.
 */
final class LanePainter {
    private static final Color[] HUES = {Color.web("#0072b2"), Color.web("#8c6d46"), Color.web("#5a5a9e"),
        Color.web("#2f8f9d"), Color.web("#7a7a7a"), Color.web("#56b4e9")};
    static final double FILL_ALPHA = 0.07;
    private static final double TARGET_ALPHA = 0.22;
    private static final double BORDER_ALPHA = 0.6;
    /** A lane's name stays readable when zoomed far out. */
    private static final double MIN_LABEL_PX = 13;
    private static final double BACKING_ALPHA = 0.8;
    private static final double STICKY_LEFT_PX = 12;
    /** Line pitch of a label, in ems. */
    private static final double LINE_HEIGHT = 1.25;
    /** The descent below a label's last baseline, in ems. */
    private static final double BELOW_BASELINE = 0.25;
    /** Free space between a label's backing and the lane's border, in screen pixels. */
    static final double LABEL_CLEARANCE_PX = 3;
    private static final Affine SCREEN = new Affine();

    private final TextFitter fitter = new TextFitter();
    private final Text probe = new Text();
    private final FrameText drawn;
    private Font font = Font.font("System", FontWeight.BOLD, Lanes.LABEL_SIZE);

    LanePainter(FrameText drawn) {
        this.drawn = drawn;
    }

    /**
     * Tints the background of the lanes of {@code frame} meeting {@code visible} in the raster layer
     * ({@code pixelScale} device pixels a screen pixel), within its clip, before the grid and the arrows
     * are drawn over it: a run of one background colour is blended once, where blending a fill over the
     * arrows took a third of the layer's time, and as translucent vector rectangles over the whole view
     * the fills doubled the renderer's work. A lane that shares no pixel with another is the background
     * tinted, one opaque colour, filled without reading the pixels under it.
     */
    static void rasteriseFills(PixelCanvas raster, Palette palette, Frame frame, WorldRect visible, Viewport v,
                               double pixelScale) {
        int background = RasterLayer.rgb(palette.background());
        List<double[]> tinted = new ArrayList<>();
        for (Lane lane : frame.lanes().all()) {
            if (lane.box().intersects(visible)) {
                double[] r = device(lane.box(), v, pixelScale);
                int rgb = rgb(lane);
                double alpha = lane.equals(frame.dropTarget()) ? TARGET_ALPHA : FILL_ALPHA;
                if (tinted.stream().anyMatch(t -> PixelCanvas.sharePixels(t, r))) {
                    raster.fillRect(r[0], r[1], r[2] - r[0], r[3] - r[1], rgb, alpha);
                } else {
                    // Only the background lies under it yet: its tint is one colour, filled without blending.
                    raster.fillRect(r[0], r[1], r[2] - r[0], r[3] - r[1], PixelCanvas.over(background, rgb, alpha), 1);
                }
                tinted.add(r);
            }
        }
    }

    /** Draws the borders of the lanes meeting {@code visible} into the raster layer, over the arrows. */
    static void rasteriseBorders(PixelCanvas raster, Palette palette, Frame frame, WorldRect visible, Viewport v,
                                 double pixelScale) {
        double border = borderWidth(palette, frame) * pixelScale;
        for (Lane lane : frame.lanes().all()) {
            if (lane.box().intersects(visible)) {
                double[] r = device(lane.box(), v, pixelScale);
                int rgb = rgb(lane);
                raster.fillRect(r[0], r[1], r[2] - r[0], border, rgb, BORDER_ALPHA);
                raster.fillRect(r[0], r[3] - border, r[2] - r[0], border, rgb, BORDER_ALPHA);
                raster.fillRect(r[0], r[1] + border, border, r[3] - r[1] - 2 * border, rgb, BORDER_ALPHA);
                raster.fillRect(r[2] - border, r[1] + border, border, r[3] - r[1] - 2 * border, rgb, BORDER_ALPHA);
            }
        }
    }

    /** A lane border's thickness in screen pixels: twice an arrow's. */
    private static double borderWidth(Palette palette, Frame frame) {
        return 2 * frame.lineWeight(palette);
    }

    /** The colour of {@code lane}'s fill and border, as 0xRRGGBB. */
    static int rgb(Lane lane) {
        return RasterLayer.rgb(HUES[lane.colour() % HUES.length]);
    }

    /** {@code box} in device pixels, as {minX, minY, maxX, maxY}. */
    private static double[] device(WorldRect box, Viewport v, double pixelScale) {
        return new double[] {v.toScreenX(box.minX()) * pixelScale, v.toScreenY(box.minY()) * pixelScale,
            v.toScreenX(box.maxX()) * pixelScale, v.toScreenY(box.maxY()) * pixelScale};
    }

    /**
     * Draws the labels of the lanes of {@code frame} meeting {@code visible} (their fills and borders are
     * in the raster layer, {@link #rasteriseFills}, {@link #rasteriseBorders}) with the world transform set on {@code g}, and leaves it
     * set. With {@code summarise} (cards too small to read) a label says what its lane holds, on a second
     * line when one line does not fit.
     */
    void paint(GraphicsContext g, Palette palette, Frame frame, WorldRect visible, Viewport v, Affine world,
               boolean summarise) {
        Lanes lanes = frame.lanes();
        g.setTransform(SCREEN);
        double px = Math.max(Math.max(MIN_LABEL_PX, SemanticZoom.minTextPx(frame.presentation())),
                Lanes.LABEL_SIZE * v.scale());
        if (font.getSize() != px) {
            font = Font.font("System", FontWeight.BOLD, px);
        }
        probe.setFont(font);
        g.setFont(font);
        double borderPx = borderWidth(palette, frame);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        for (Lane lane : lanes.all()) {
            // A lane wider than the view keeps its name in view, as long as the name fits in the lane.
            double x = Math.max(v.toScreenX(lane.labelX()), STICKY_LEFT_PX);
            double room = v.toScreenX(lane.box().maxX()) - x - px / 2;
            if (lane.box().intersects(visible) && room > px) {
                LaneSummary summary = summarise ? frame.summaries().get(lane.name()) : null;
                List<String> lines = lines(lane, summary, room);
                double baseline = labelBaseline(lane, v, px, lines.size(), borderPx);
                double widest = lines.stream().mapToDouble(this::width).max().orElse(0);
                // A backing of the background colour keeps the label readable over arrows and small cards.
                g.setFill(palette.background().deriveColor(0, 1, 1, BACKING_ALPHA));
                g.fillRect(x - px / 6, baseline - px, widest + px / 3, px * LINE_HEIGHT * lines.size());
                g.setFill(palette.text());
                for (String line : lines) {
                    g.fillText(line, x, baseline);
                    baseline += px * LINE_HEIGHT;
                }
                drawn.drew(px);
            }
        }
        g.setTransform(world);
    }

    /**
     * Where the first line of a lane's label sits, in screen pixels, so that its backing (from an em above
     * the first baseline to a quarter of an em below the last) never covers the lane's top border
     * ({@code borderPx} thick, inside the box) nor its first row of cards. In the band above the cards while
     * the whole label fits between the border and the band's bottom, at its usual place when it can;
     * zoomed out, or with a summary on more lines, the label (never smaller than {@link #MIN_LABEL_PX}) is
     * taller than the band: then it sits wholly above the lane, just clear of its border, like a tab.
     */
    static double labelBaseline(Lane lane, Viewport v, double px, int lineCount, double borderPx) {
        double top = v.toScreenY(lane.box().minY());
        double below = px * BELOW_BASELINE + (lineCount - 1) * px * LINE_HEIGHT;
        double highest = top + borderPx + LABEL_CLEARANCE_PX + px;
        double lowest = v.toScreenY(lane.box().minY() + Lanes.LABEL_BAND) - below;
        if (highest <= lowest) {
            return Math.min(Math.max(v.toScreenY(lane.labelY()), highest), lowest);
        }
        return top - LABEL_CLEARANCE_PX - below;
    }

    /**
     * The label's lines: the name alone, or with a summary as many of its parts on each line as fit
     * ("eu-west · 23 services · 3 ✗", then "up by 1h2m"). A summary whose parts all fit whole is reported.
     */
    private List<String> lines(Lane lane, LaneSummary summary, double room) {
        if (summary == null) {
            return List.of(fitter.fit(lane.name(), font, room));
        }
        List<String> lines = new ArrayList<>();
        boolean whole = true;
        String line = null;
        for (String part : summary.parts()) {
            String longer = line == null ? part : line + " · " + part;
            if (width(longer) <= room) {
                line = longer;
                continue;
            }
            if (line != null) {
                lines.add(line);
            }
            line = fitter.fit(part, font, room);
            whole &= line.equals(part);
        }
        lines.add(line);
        if (whole) {
            drawn.summarised(lane.name());
        }
        return lines;
    }

    private double width(String text) {
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }
}
