package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.analysis.FoldedMap;
import com.recoveryworkbench.analysis.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

/**
 * Paints the group tiles of a frame zoomed out below the names ({@link SemanticZoom}): each group's lane as
 * one tile over its area, bordered in the group's worst verdict colour, with its name, what it holds in
 * the lane summary's words ("23 services · 9 ✗ · 1 ! · up by 3h4m") and under them a thin bar of its
 * verdicts' shares ({@link VerdictBar}), as one block centred in the tile in the largest type that fits
 * ({@link TileWords}), never smaller than {@link FoldedCards#textPx}; a tile whose services are selected is
 * outlined. The tiles' fills go
 * into the raster layer under the bundled arrows ({@link BundlePainter}), so an arrow between two tiles
 * stays visible where it crosses a third; the rest is drawn in screen pixels over it. FX thread only.
 */
final class TilePainter {
    private static final Affine SCREEN = new Affine();
    /** The tile lets a little of the grid show, so it reads as the lane folded over. */
    private static final double FILL_ALPHA = 0.92;

    private final TileWords tileWords = new TileWords();
    private final FrameText drawn;
    private final GroupTallies tallies = new GroupTallies();

    TilePainter(FrameText drawn) {
        this.drawn = drawn;
    }

    /** Fills the tiles of {@code frame} meeting {@code visible} in the raster layer, within its clip. */
    static void rasteriseFills(PixelCanvas raster, Palette palette, Frame frame, WorldRect visible, Viewport v,
                               double pixelScale) {
        double minPx = SemanticZoom.minTextPx(frame.presentation());
        int rgb = RasterLayer.rgb(palette.cardFill());
        for (FoldedCards.Card card : frame.fold().cards().all()) {
            WorldRect b = FoldedCards.drawnBounds(card, v.scale(), minPx);
            if (card.tile() && b.intersects(visible)) {
                double x = v.toScreenX(b.minX()) * pixelScale;
                double y = v.toScreenY(b.minY()) * pixelScale;
                raster.fillRect(x, y, v.toScreenX(b.maxX()) * pixelScale - x, v.toScreenY(b.maxY()) * pixelScale - y,
                        rgb, FILL_ALPHA * alpha(frame, palette, card));
            }
        }
    }

    /** Draws the tiles' borders and words meeting {@code visible}, and leaves {@code world} set on {@code g}. */
    void paint(GraphicsContext g, Palette palette, Frame frame, WorldRect visible, Viewport v, Affine world) {
        FoldedCards cards = frame.fold().cards();
        if (cards.isEmpty()) {
            return;
        }
        double minPx = SemanticZoom.minTextPx(frame.presentation());
        double px = FoldedCards.textPx(v.scale(), minPx);
        g.setTransform(SCREEN);
        Map<String, FoldedMap.Tally> counted = tallies.of(cards, frame.analysis(), frame.greyed());
        List<FoldedCards.Card> shown = new ArrayList<>();
        List<WorldRect> rects = new ArrayList<>();
        for (FoldedCards.Card card : cards.all()) {
            WorldRect bounds = FoldedCards.drawnBounds(card, v.scale(), minPx);
            if (card.tile() && bounds.intersects(visible)) {
                shown.add(card);
                rects.add(new WorldRect(v.toScreenX(bounds.minX()), v.toScreenY(bounds.minY()),
                        v.toScreenX(bounds.maxX()), v.toScreenY(bounds.maxY())));
            }
        }
        for (int i = 0; i < shown.size(); i++) {
            FoldedCards.Card card = shown.get(i);
            g.setGlobalAlpha(alpha(frame, palette, card));
            coverEarlier(g, palette, frame, rects.get(i), rects.subList(0, i));
            paintTile(g, palette, frame, card, counted.get(card.name()), rects.get(i),
                    rects.subList(i + 1, rects.size()), px);
        }
        g.setGlobalAlpha(1);
        g.setTransform(world);
    }

    /**
     * Where tile {@code r} overlaps tiles drawn before it (lanes that overlap, or tiles grown to their least
     * size far out), fills the overlap first, so their borders do not run across it: the later tile lies on top.
     */
    private static void coverEarlier(GraphicsContext g, Palette palette, Frame frame, WorldRect r, List<WorldRect> earlier) {
        double border = 3 * frame.lineWeight(palette);
        g.setFill(palette.cardFill());
        for (WorldRect other : earlier) {
            double minX = Math.max(r.minX(), other.minX() - border);
            double minY = Math.max(r.minY(), other.minY() - border);
            double maxX = Math.min(r.maxX(), other.maxX() + border);
            double maxY = Math.min(r.maxY(), other.maxY() + border);
            if (minX < maxX && minY < maxY) {
                g.fillRect(minX, minY, maxX - minX, maxY - minY);
            }
        }
    }

    /** Dimmed, as the cards are, while a highlight is on that none of the tile's services is in. */
    private static double alpha(Frame frame, Palette palette, FoldedCards.Card card) {
        Emphasis emphasis = frame.emphasis();
        if (!emphasis.isActive()) {
            return 1;
        }
        return card.group().members().stream().anyMatch(emphasis::emphasises) ? 1 : palette.dimAlpha();
    }

    /**
     * Paints one tile at screen rectangle {@code r}; {@code above} are the tiles drawn after it, whose words
     * would cover its own where lanes overlap: its words end where the first of them begins.
     */
    private void paintTile(GraphicsContext g, Palette palette, Frame frame, FoldedCards.Card card,
                           FoldedMap.Tally tally, WorldRect r, List<WorldRect> above, double px) {
        double left = r.minX() + TileWords.PAD_EMS * px;
        double right = r.maxX();
        for (WorldRect other : above) {
            if (other.intersects(r) && other.minX() > left) {
                right = Math.min(right, other.minX());
            }
        }
        LaneSummary summary = frame.summaries().get(card.name());
        List<String> parts = summary == null ? List.of() : summary.parts().subList(1, summary.parts().size());
        TileWords.Layout words = tileWords.layout(card.name(), parts, r, right, px);
        WorldRect block = new WorldRect(words.left(), words.top(), words.left() + words.room(), words.bottom());
        boolean covered = above.stream().anyMatch(other -> other.minX() <= words.left() && other.intersects(block));
        // The words on a backing of their own: where lanes overlap, a later tile's words cover an earlier one.
        double pad = TileWords.PAD_EMS * words.px();
        g.setFill(palette.cardFill());
        g.fillRect(block.minX() - pad, block.minY() - pad / 2, block.width() + 2 * pad, block.height() + pad);
        paintBorder(g, palette, frame, card, tally, r);
        boolean centred = !Double.isNaN(words.centreX());
        g.setTextAlign(centred ? TextAlignment.CENTER : TextAlignment.LEFT);
        double x = centred ? words.centreX() : words.left();
        g.setTextBaseline(VPos.BASELINE);
        g.setFill(palette.text());
        g.setFont(tileWords.nameFont(words.px()));
        g.fillText(words.name(), x, words.firstBaseline());
        drawn.drew(words.px() * TileWords.NAME_SCALE);
        g.setFont(tileWords.textFont(words.px()));
        g.setFill(palette.secondaryText());
        for (int i = 0; i < words.lines().size(); i++) {
            g.fillText(words.lines().get(i), x, words.firstBaseline() + (i + 1) * words.px() * TileWords.LINE_HEIGHT);
        }
        if (!words.lines().isEmpty()) {
            drawn.drew(words.px());
        }
        if (words.bar()) {
            for (VerdictBar.Stretch s : VerdictBar.of(tally, words.left(), words.room())) {
                g.setFill(s.verdict() == null ? palette.neutralBand() : palette.verdict(s.verdict()));
                g.fillRect(s.start(), words.barTop(), s.end() - s.start(), TileWords.BAR_EMS * words.px());
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
        if (!covered && words.name().equals(card.name()) && summary != null && words.whole()) {
            drawn.tiled(card.name());
        }
    }

    /** The border in the group's worst verdict colour, and the selection's outline around it when its services are selected. */
    private static void paintBorder(GraphicsContext g, Palette palette, Frame frame, FoldedCards.Card card,
                                    FoldedMap.Tally tally, WorldRect r) {
        Verdict worst = tally.worst();
        Color colour = worst == null ? palette.neutralBand() : palette.verdict(worst);
        double border = 3 * frame.lineWeight(palette);
        g.setStroke(colour);
        g.setLineWidth(border);
        g.strokeRect(r.minX(), r.minY(), r.width(), r.height());
        if (card.group().members().stream().anyMatch(frame.selected()::contains)) {
            g.setStroke(palette.selection());
            g.setLineWidth(Math.max(4, border * 1.5));
            g.strokeRect(r.minX() - border, r.minY() - border, r.width() + 2 * border, r.height() + 2 * border);
        }
    }
}
