package com.recoveryworkbench.ui.canvas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Where a tile's words go ({@link TilePainter}): the name, its summary lines and the verdict bar as one
 * block, in the largest type up to {@link #MAX_GROWTH} times the least size ({@link FoldedCards#textPx})
 * that lets the whole block fit the tile uncut, centred in it: a tile is read from the back of a room, like
 * a region's name on a wall map. When even the least size does not fit, the block starts at the tile's top
 * and keeps the lines there is room for, as before. Laid out once per size and kept, so a panned frame
 * measures no text again. FX thread only (text is measured).
 */
final class TileWords {
    static final double PAD_EMS = 0.6;
    static final double LINE_HEIGHT = 1.3;
    static final double NAME_SCALE = 1.2;
    static final double BAR_EMS = 0.5;
    private static final double BAR_GAP_EMS = 0.5;
    /** The type grows in these steps, largest first: few enough that laying out a frame's tiles stays cheap. */
    private static final double[] GROWTH = {2.0, 1.75, 1.5, 1.25};
    static final double MAX_GROWTH = GROWTH[0];

    /**
     * One tile's words, in screen pixels.
     *
     * @param px            the summary's type size; the name is {@link #NAME_SCALE} times larger
     * @param name          the name, cut with "…" only when the least size does not fit it
     * @param lines         the summary lines that are drawn
     * @param whole         whether every summary line fitted (and none was cut)
     * @param centreX       the centre of the lines, or {@code NaN} to draw them from {@code left}
     * @param left          the left edge of the words and of the bar
     * @param room          the width of the bar
     * @param firstBaseline the baseline of the name
     * @param bar           whether the bar is drawn, under the last line
     */
    record Layout(double px, String name, List<String> lines, boolean whole, double centreX, double left,
                  double room, double firstBaseline, boolean bar) {
        double barTop() {
            return firstBaseline + lines.size() * px * LINE_HEIGHT + px * BAR_GAP_EMS;
        }

        double bottom() {
            return barTop() + (bar ? BAR_EMS * px : 0);
        }

        double top() {
            return firstBaseline - px * NAME_SCALE;
        }

        Layout movedBy(double dx, double dy) {
            return new Layout(px, name, lines, whole, centreX + dx, left + dx, room, firstBaseline + dy, bar);
        }
    }

    /** What a tile's words depend on, its place aside: a panned frame finds the words it laid out before. */
    private record Key(String name, List<String> parts, double width, double height, double right, double px) {
    }

    private final SummaryLines summaryLines = new SummaryLines();
    private final Map<Key, Layout> laidOut = new HashMap<>();
    private final Map<Double, Font> nameFonts = new HashMap<>();
    private final Map<Double, Font> textFonts = new HashMap<>();

    Font nameFont(double px) {
        return nameFonts.computeIfAbsent(px * NAME_SCALE, size -> Font.font("System", FontWeight.BOLD, size));
    }

    Font textFont(double px) {
        return textFonts.computeIfAbsent(px, size -> Font.font("System", size));
    }

    /**
     * The words of a tile at screen rectangle {@code r} whose words may reach {@code right} (less than the
     * tile's right edge where a later tile covers it), the least type size being {@code px}.
     */
    Layout layout(String name, List<String> parts, WorldRect r, double right, double px) {
        forgetWhenMany();
        Key key = new Key(name, parts, r.width(), r.height(), right - r.minX(), px);
        Layout atOrigin = laidOut.computeIfAbsent(key, k -> layOut(name, parts,
                new WorldRect(0, 0, k.width(), k.height()), k.right(), px));
        return atOrigin.movedBy(r.minX(), r.minY());
    }

    /** The words of a tile at {@code r}: the largest type that fits whole, centred, else from the top. */
    private Layout layOut(String name, List<String> parts, WorldRect r, double right, double px) {
        for (double growth : GROWTH) {
            Layout grown = centred(name, parts, r, right, px * growth);
            if (grown != null) {
                return grown;
            }
        }
        Layout centred = centred(name, parts, r, right, px);
        return centred != null ? centred : fromTop(name, parts, r, right, px);
    }

    /** The block at {@code px}, centred in the tile; {@code null} when it does not fit whole. */
    private Layout centred(String name, List<String> parts, WorldRect r, double right, double px) {
        double pad = PAD_EMS * px;
        double left = r.minX() + pad;
        double room = right - left - pad;
        if (room <= 0 || !summaryLines.fit(name, nameFont(px), room).equals(name)) {
            return null;
        }
        List<String> lines = summaryLines.lines(parts, textFont(px), room);
        if (lines.stream().anyMatch(line -> line.endsWith("…"))) {
            return null;
        }
        double height = px * NAME_SCALE + lines.size() * px * LINE_HEIGHT + px * BAR_GAP_EMS + BAR_EMS * px;
        if (height + 2 * pad > r.height()) {
            return null;
        }
        double top = r.minY() + (r.height() - height) / 2;
        return new Layout(px, name, lines, true, left + room / 2, left, room, top + px * NAME_SCALE, true);
    }

    /** The block at {@code px} from the tile's top, with as many lines as there is room for. */
    private Layout fromTop(String name, List<String> parts, WorldRect r, double right, double px) {
        double pad = PAD_EMS * px;
        double left = r.minX() + pad;
        double room = right - left - pad;
        String fitted = summaryLines.fit(name, nameFont(px), room);
        List<String> lines = summaryLines.lines(parts, textFont(px), room);
        double firstBaseline = r.minY() + pad + px * NAME_SCALE;
        int shown = (int) Math.max(0, Math.min(lines.size(),
                Math.floor((r.maxY() - pad - firstBaseline) / (px * LINE_HEIGHT))));
        boolean whole = shown == lines.size() && lines.stream().noneMatch(line -> line.endsWith("…"));
        Layout layout = new Layout(px, fitted, lines.subList(0, shown), whole, Double.NaN, left, room,
                firstBaseline, false);
        boolean bar = layout.barTop() + BAR_EMS * px <= r.maxY() - pad / 2;
        return new Layout(px, fitted, layout.lines(), whole, Double.NaN, left, room, firstBaseline, bar);
    }

    /** A zoom gesture passes through many sizes: the fonts and words of sizes no longer drawn are let go. */
    private void forgetWhenMany() {
        if (nameFonts.size() > 64 || laidOut.size() > 256) {
            nameFonts.clear();
            textFonts.clear();
            laidOut.clear();
        }
    }
}
