package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.analysis.FoldedMap;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.io.export.VerdictLook;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

/**
 * Paints the folded groups of a frame ({@link FoldView}) over the cards (their bundled arrows are
 * {@link BundlePainter}'s): one card per group, drawn as a small stack of cards so it reads as many. A card
 * shows the group's worst verdict (colour of its band and border, and its symbol), its name, and what it
 * holds ("23 services · 3 ✗ · up by 1h2m", the lane's summary), in type never smaller than the look's
 * smallest ({@link SemanticZoom#minTextPx}); zoomed far out the card grows on screen to keep it so.
 * Drawn in screen pixels. FX thread only.
 */
final class FoldedGroupPainter {
    private static final Affine SCREEN = new Affine();
    /** How far each card of the stack behind lies, in ems. */
    static final double STACK_OFFSET_EMS = 0.3;
    private static final double BAND_EMS = 1.8;
    private static final double LINE_HEIGHT = 1.3;
    private static final double NAME_SCALE = 1.2;

    private final SummaryLines summaryLines = new SummaryLines();
    private Font nameFont = Font.font("System", FontWeight.BOLD, 1);
    private Font textFont = Font.font("System", 1);
    private final FrameText drawn;
    private final GroupTallies tallies = new GroupTallies();

    FoldedGroupPainter(FrameText drawn) {
        this.drawn = drawn;
    }

    /** Draws the folded cards meeting {@code visible} over the cards, and leaves {@code world} set on {@code g}. */
    void paintOver(GraphicsContext g, Palette palette, Frame frame, WorldRect visible, Viewport v, Affine world) {
        FoldedCards cards = frame.fold().cards();
        if (cards.isEmpty()) {
            return;
        }
        double minPx = SemanticZoom.minTextPx(frame.presentation());
        double px = FoldedCards.textPx(v.scale(), minPx);
        g.setTransform(SCREEN);
        g.setGlobalAlpha(1);
        Map<String, FoldedMap.Tally> counted = tallies.of(cards, frame.analysis(), frame.greyed());
        for (FoldedCards.Card card : cards.all()) {
            WorldRect bounds = FoldedCards.drawnBounds(card, v.scale(), minPx);
            // Tiles, drawn with the folded cards when zoomed out below the names, are TilePainter's.
            if (!card.tile() && bounds.intersects(visible)) {
                paintCard(g, palette, frame, card, counted.get(card.name()), screen(bounds, v), px);
            }
        }
        g.setTransform(world);
    }

    private static WorldRect screen(WorldRect r, Viewport v) {
        return new WorldRect(v.toScreenX(r.minX()), v.toScreenY(r.minY()), v.toScreenX(r.maxX()), v.toScreenY(r.maxY()));
    }

    private void paintCard(GraphicsContext g, Palette palette, Frame frame, FoldedCards.Card card,
                           FoldedMap.Tally tally, WorldRect r, double px) {
        Verdict worst = tally == null ? null : tally.worst();
        Color colour = worst == null ? palette.neutralBand() : palette.verdict(worst);
        double offset = STACK_OFFSET_EMS * px;
        double border = 2 * frame.lineWeight(palette);
        // Two cards peeking out behind: the card stands for many.
        for (int behind = 2; behind >= 1; behind--) {
            double d = behind * offset;
            g.setFill(palette.cardFill());
            g.fillRect(r.minX() + d, r.minY() + d, r.width(), r.height());
            g.setStroke(palette.cardBorder());
            g.setLineWidth(1);
            g.strokeRect(r.minX() + d, r.minY() + d, r.width(), r.height());
        }
        g.setFill(palette.cardFill());
        g.fillRect(r.minX(), r.minY(), r.width(), r.height());
        double band = BAND_EMS * px;
        g.setFill(colour);
        g.fillRect(r.minX(), r.minY(), band, r.height());
        g.setStroke(colour);
        g.setLineWidth(border);
        g.strokeRect(r.minX(), r.minY(), r.width(), r.height());
        if (card.name().equals(frame.fold().selected())) {
            g.setStroke(palette.selection());
            g.setLineWidth(Math.max(4, border * 2));
            double gap = 4 + offset * 2;
            g.strokeRect(r.minX() - 4, r.minY() - 4, r.width() + gap + 4, r.height() + gap + 4);
        }
        paintText(g, palette, frame, card, worst, r, px, band);
    }

    private void paintText(GraphicsContext g, Palette palette, Frame frame, FoldedCards.Card card, Verdict worst,
                           WorldRect r, double px, double band) {
        nameFont = sized(nameFont, FontWeight.BOLD, px * NAME_SCALE);
        textFont = sized(textFont, FontWeight.NORMAL, px);
        Font font = textFont;
        g.setTextBaseline(VPos.BASELINE);
        if (worst != null) {
            g.setFill(Color.WHITE);
            g.setFont(nameFont);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(VerdictLook.of(worst).symbol(), r.minX() + band / 2, r.minY() + px * 1.6);
        }
        double left = r.minX() + band + px * 0.6;
        double room = r.maxX() - left - px * 0.5;
        double baseline = r.minY() + px * 1.6;
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(palette.text());
        g.setFont(nameFont);
        g.fillText(summaryLines.fit(card.name(), nameFont, room), left, baseline);
        drawn.drew(nameFont.getSize());
        LaneSummary summary = frame.summaries().get(card.name());
        if (summary == null) {
            return;
        }
        g.setFont(font);
        g.setFill(palette.secondaryText());
        List<String> parts = summary.parts().subList(1, summary.parts().size());
        boolean whole = true;
        for (String line : summaryLines.lines(parts, font, room)) {
            baseline += px * LINE_HEIGHT;
            if (baseline > r.maxY() - px * 0.3) {
                whole = false;
                break;
            }
            whole &= !line.endsWith("…");
            g.fillText(line, left, baseline);
        }
        drawn.drew(px);
        if (whole) {
            drawn.folded(card.name());
        }
    }

    /** {@code current} if it has {@code size}, else a new font of it: a frame asks for the same sizes, so one per zoom. */
    private static Font sized(Font current, FontWeight weight, double size) {
        return current.getSize() == size ? current : Font.font("System", weight, size);
    }
}
