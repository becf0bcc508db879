package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.analysis.FoldedMap;
import com.recoveryworkbench.model.Service;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

/**
 * Paints the bundled arrows into and out of the folded groups of a frame ({@link FoldView}): the arrows
 * themselves into the raster layer, over the lanes and under everything drawn as vectors, and the count
 * of each arrow that stands for more than one dependency as a pill over the arrows, where it covers no
 * other count and no card ({@link CountPlacement}). Folding two regions of a 5,000-service plan makes thousands of bundled arrows, which
 * the renderer took tens of milliseconds to stroke one by one; in the raster they cost what the plain
 * arrows cost. Their lines in world units are worked out once per plan, fold and zoom; a frame only
 * moves them to the screen and draws those that meet it. FX thread only.
 */
final class BundlePainter {
    private static final Affine SCREEN = new Affine();
    /**
     * How far an arrowhead can reach past its line's box, in widths of a bundled line at the editing weight:
     * its half-width and the line's, with room for the thickest weight.
     */
    private static final double HEAD_REACH = 8;

    private final FrameText drawn;
    private final Text probe = new Text();
    private Font countFont = Font.font("System", FontWeight.BOLD, 1);
    /**
     * Where each bundled arrow of {@link #endsOf} starts and ends, found once per plan and fold: two entries
     * a bundle, the card of a service end (and -1 in {@link #foldedEnds}), or in {@link #foldedEnds} the
     * index of a folded card among {@link FoldedCards#all} (its size depends on the zoom), or neither when
     * the end is not on the canvas.
     */
    private WorldRect[] serviceEnds = new WorldRect[0];
    private int[] foldedEnds = new int[0];
    private Object[] endsOf = new Object[2];
    /** The bundled arrows' lines of {@link #linesOf}, four world coordinates each, and their bundles. */
    private double[] lines = new double[0];
    private FoldedMap.Bundle[] bundles = new FoldedMap.Bundle[0];
    private int lineCount;
    private Object[] linesOf = new Object[4];
    /**
     * The lines of this frame that meet the screen or come within an arrowhead of it, by index, and their ends
     * on screen, four coordinates each: the only ones {@link #rasterise} draws.
     */
    private int[] shown = new int[0];
    private double[] shownOnScreen = new double[0];
    private int shownCount;
    /** The counts of this frame's arrows on screen standing for more than one: x, y (screen) and count. */
    private double[] counts = new double[0];
    private int countCount;
    /** How many arrows of the last {@link #gather} meet the screen. */
    private int onScreen;
    /** Where this frame's counts go, clear of each other and of the cards. */
    private final CountPlacement placement = new CountPlacement();
    /** The width of a digit of {@link #countFont}. */
    private double digitWidth;

    BundlePainter(FrameText drawn) {
        this.drawn = drawn;
    }

    /**
     * Prepares a frame of {@code width} x {@code height} screen pixels: works out the arrows' lines when the
     * plan, fold or zoom changed, and where the counts of those on screen go; counts the arrows on screen
     * as drawn in the frame's text.
     */
    void gather(Frame frame, Viewport v, double width, double height) {
        countCount = 0;
        onScreen = 0;
        shownCount = 0;
        FoldedCards cards = frame.fold().cards();
        if (cards.isEmpty()) {
            lineCount = 0;
            return;
        }
        double minPx = SemanticZoom.minTextPx(frame.presentation());
        useCountFont(minPx);
        double pillHeight = pillHeight();
        placement.reset(pillHeight);
        CountPlacement.Cards onMap = CountPlacement.cardsOf(frame, v, minPx);
        if (linesOf[0] != cards || linesOf[1] != frame.services() || (double) linesOf[2] != v.scale()
                || (double) linesOf[3] != minPx) {
            lines(frame, cards, v.scale(), minPx);
            linesOf = new Object[] {cards, frame.services(), v.scale(), minPx};
        }
        if (shown.length < lineCount) {
            shown = new int[lineCount];
            shownOnScreen = new double[4 * lineCount];
        }
        // An arrowhead reaches past its line's box by up to this much: such a line's head may be in view.
        double reach = HEAD_REACH * Math.max(2, 2.5 * v.scale());
        for (int i = 0; i < lineCount; i++) {
            double[] s = screen(i, v, 1);
            double left = Math.min(s[0], s[2]);
            double right = Math.max(s[0], s[2]);
            double top = Math.min(s[1], s[3]);
            double bottom = Math.max(s[1], s[3]);
            if (right < -reach || left > width + reach || bottom < -reach || top > height + reach) {
                continue;
            }
            shown[shownCount] = i;
            System.arraycopy(s, 0, shownOnScreen, 4 * shownCount, 4);
            shownCount++;
            if (right < 0 || left > width || bottom < 0 || top > height) {
                continue;
            }
            drawn.bundled();
            onScreen++;
            FoldedMap.Bundle bundle = bundles[i];
            if (bundle.count() > 1) {
                double[] at = placement.place(s, bundle.from().folded(), bundle.to().folded(), 3 * minPx,
                        pillWidth(bundle.count()), pillHeight, onMap);
                if (at == null) {
                    continue;
                }
                if (countCount * 3 + 3 > counts.length) {
                    counts = Arrays.copyOf(counts, Math.max(48, counts.length * 2));
                }
                counts[countCount * 3] = at[0];
                counts[countCount * 3 + 1] = at[1];
                counts[countCount * 3 + 2] = bundle.count();
                countCount++;
            }
        }
    }

    /** Sets the counts' font to {@code px} and measures its digits when the size changed. */
    private void useCountFont(double px) {
        if (countFont.getSize() != px) {
            countFont = Font.font("System", FontWeight.BOLD, px);
            probe.setFont(countFont);
            probe.setText("0");
            digitWidth = probe.getLayoutBounds().getWidth();
        }
    }

    /** A count pill's width: its digits and half an em either side. */
    private double pillWidth(int count) {
        return digitWidth * String.valueOf(count).length() + countFont.getSize();
    }

    private double pillHeight() {
        return countFont.getSize() * 1.4;
    }

    /**
     * Whether the arrows of the last {@link #gather} are drawn anti-aliased: when they are as few on screen as
     * the plain arrows must be to be ({@link ArrowPainter#SMOOTH_LIMIT}).
     */
    boolean smooth() {
        return onScreen <= ArrowPainter.SMOOTH_LIMIT;
    }

    /**
     * The lines of the bundled arrows whose ends are both on the canvas, from border to border of their boxes.
     * A zoom step only changes the folded cards' boxes, so the ends are looked up once per plan and fold.
     */
    private void lines(Frame frame, FoldedCards cards, double scale, double minPx) {
        List<FoldedMap.Bundle> all = cards.map().bundles();
        if (endsOf[0] != cards || endsOf[1] != frame.services()) {
            ends(frame, cards, all);
            endsOf = new Object[] {cards, frame.services()};
        }
        int size = all.size();
        if (bundles.length < size) {
            bundles = new FoldedMap.Bundle[size];
            lines = new double[4 * size];
        }
        List<FoldedCards.Card> folded = cards.all();
        WorldRect[] drawnCards = new WorldRect[folded.size()];
        for (int c = 0; c < drawnCards.length; c++) {
            drawnCards[c] = FoldedCards.drawnBounds(folded.get(c), scale, minPx);
        }
        lineCount = 0;
        for (int i = 0; i < size; i++) {
            WorldRect from = end(2 * i, drawnCards);
            WorldRect to = end(2 * i + 1, drawnCards);
            double[] s = from == null || to == null ? null : BundleGeometry.segment(from, to);
            if (s != null) {
                System.arraycopy(s, 0, lines, 4 * lineCount, 4);
                bundles[lineCount++] = all.get(i);
            }
        }
    }

    /** Finds where each bundle's ends are drawn ({@link #serviceEnds}, {@link #foldedEnds}). */
    private void ends(Frame frame, FoldedCards cards, List<FoldedMap.Bundle> all) {
        serviceEnds = new WorldRect[2 * all.size()];
        foldedEnds = new int[2 * all.size()];
        Map<String, Integer> cardIndex = new HashMap<>();
        for (FoldedCards.Card card : cards.all()) {
            cardIndex.put(card.name(), cardIndex.size());
        }
        for (int i = 0; i < all.size(); i++) {
            FoldedMap.Bundle bundle = all.get(i);
            int j = 0;
            for (FoldedMap.End end : List.of(bundle.from(), bundle.to())) {
                int at = 2 * i + j++;
                foldedEnds[at] = end.folded() ? cardIndex.getOrDefault(end.id(), -1) : -1;
                Service s = end.folded() ? null : frame.services().service(end.id());
                serviceEnds[at] = s == null ? null : CardGeometry.bounds(s.position());
            }
        }
    }

    /** Where end {@code at} of {@link #serviceEnds} is drawn, in world units; {@code null} when it is not on the canvas. */
    private WorldRect end(int at, WorldRect[] drawnCards) {
        int card = foldedEnds[at];
        return card >= 0 ? drawnCards[card] : serviceEnds[at];
    }

    /** Line {@code i} in screen pixels times {@code pixelScale}. */
    private double[] screen(int i, Viewport v, double pixelScale) {
        return new double[] {v.toScreenX(lines[4 * i]) * pixelScale, v.toScreenY(lines[4 * i + 1]) * pixelScale,
            v.toScreenX(lines[4 * i + 2]) * pixelScale, v.toScreenY(lines[4 * i + 3]) * pixelScale};
    }

    /**
     * Draws the arrows of the last {@link #gather} into the raster layer ({@code pixelScale} device pixels a
     * screen pixel), within its clip: solid when one of the dependencies is hard, else dashed, dimmed while a
     * highlight is active; while they are few on screen ({@link #smooth}) anti-aliased and wider than a plain
     * arrow, else jagged and as thin as one.
     */
    void rasterise(PixelCanvas raster, Palette palette, Frame frame, Viewport v, double pixelScale) {
        int rgb = RasterLayer.rgb(palette.arrow());
        double alpha = palette.arrow().getOpacity() * (frame.emphasis().isActive() ? palette.dimAlpha() : 1);
        double width = Math.max(2, 2.5 * v.scale()) * frame.lineWeight(palette) * pixelScale;
        boolean smooth = smooth();
        // In a crowd (thousands of jagged lines fanning out of a folded card) a wide line reads no better than
        // a thin one and costs a trace a pixel of its width: drawn as thin as a plain arrow there, keeping the
        // arrowhead of a bundled one.
        double lineWidth = smooth ? width : Math.max(1.5 * v.scale(), 1) * frame.lineWeight(palette) * pixelScale;
        for (int k = 0; k < shownCount; k++) {
            double[] s = new double[4];
            for (int c = 0; c < 4; c++) {
                s[c] = shownOnScreen[4 * k + c] * pixelScale;
            }
            boolean hard = bundles[shown[k]].hard();
            raster.line(s[0], s[1], s[2], s[3], rgb, alpha, lineWidth, hard ? 0 : 3 * width, 2 * width, smooth);
            double[] h = ArrowPainter.head(s[0], s[1], s[2], s[3], 5 * width, 2.2 * width);
            if (h != null) {
                raster.triangle(h[0], h[1], h[2], h[3], h[4], h[5], rgb, alpha);
            }
        }
    }

    /** Draws the counts of the last {@link #gather} over the cards, and leaves {@code world} set on {@code g}. */
    void paintCounts(GraphicsContext g, Palette palette, Affine world) {
        if (countCount == 0) {
            return;
        }
        g.setTransform(SCREEN);
        g.setGlobalAlpha(1);
        g.setFont(countFont);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < countCount; i++) {
            paintCount(g, palette, (int) counts[3 * i + 2], counts[3 * i], counts[3 * i + 1]);
        }
        drawn.drew(countFont.getSize());
        g.setTransform(world);
    }

    /** A pill with the number of dependencies an arrow stands for, centred on (x, y). */
    private void paintCount(GraphicsContext g, Palette palette, int count, double x, double y) {
        String text = String.valueOf(count);
        double w = pillWidth(count);
        double h = pillHeight();
        g.setFill(palette.background());
        g.fillRoundRect(x - w / 2, y - h / 2, w, h, h, h);
        g.setStroke(palette.arrow());
        g.setLineWidth(1.5);
        g.strokeRoundRect(x - w / 2, y - h / 2, w, h, h, h);
        g.setFill(palette.text());
        g.fillText(text, x, y);
    }
}
