package com.recoveryworkbench.io.export;

import static com.recoveryworkbench.io.export.MapLook.BAND;
import static com.recoveryworkbench.io.export.MapLook.BORDER;
import static com.recoveryworkbench.io.export.MapLook.CARD_HEIGHT;
import static com.recoveryworkbench.io.export.MapLook.CARD_WIDTH;
import static com.recoveryworkbench.io.export.MapLook.PAD;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws a {@link MapPicture} as a PNG with Java2D, off screen, at a {@link PixelSize}: opaque, anti-aliased,
 * the logical SansSerif font. The same picture and size give the same bytes on one machine (the fonts
 * installed decide the glyphs). Any thread; thousands of services take seconds, so not on the FX thread.
 *
 * <p>Only an off-screen image is needed, never a window, so the first use switches AWT to headless
 * mode unless the program chose a mode already: the command line then runs without a display, and
 * inside the JavaFX window AWT never starts a toolkit of its own beside JavaFX's (on macOS both would
 * want the main thread).
 */
public final class PngPicture {
    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private PngPicture() {
    }

    /** How wide {@code text} is in this picture's name font: pass it to {@link MapPicture} to wrap names for the PNG. */
    static double nameWidth(String text) {
        return AwtText.width(text, AwtText.NAME);
    }

    public static byte[] render(MapPicture picture, PixelSize size) {
        BufferedImage image = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(colour(MapLook.BACKGROUND));
            g.fillRect(0, 0, size.width(), size.height());
            g.scale(size.scale(), size.scale());
            draw(g, picture);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the PNG picture", e); // a memory stream does not fail
        }
        return out.toByteArray();
    }

    private static void draw(Graphics2D g, MapPicture picture) {
        AwtText text = new AwtText(g);
        text.draw(picture.title(), AwtText.TITLE, MapLook.TEXT, PictureLayout.MARGIN,
                PictureLayout.MARGIN + MapLook.TITLE_SIZE, picture.width() - 2 * PictureLayout.MARGIN);
        for (MapPicture.Region r : picture.regions()) {
            region(g, text, r);
        }
        for (MapPicture.Arrow a : picture.arrows()) {
            arrow(g, a.x1(), a.y1(), a.x2(), a.y2(), a.hard());
        }
        for (MapPicture.Bundle b : picture.bundles()) {
            arrow(g, b.x1(), b.y1(), b.x2(), b.y2(), b.hard());
        }
        for (MapPicture.Card c : picture.cards()) {
            card(g, text, c);
        }
        // The counts over the cards, which would hide them.
        for (MapPicture.Bundle b : picture.bundles()) {
            if (b.count() > 1) {
                count(g, text, b);
            }
        }
        for (MapPicture.FoldedCard c : picture.folded()) {
            folded(g, text, c);
        }
        for (MapPicture.LegendKey key : picture.legend()) {
            legendKey(g, text, key);
        }
    }

    private static void card(Graphics2D g, AwtText text, MapPicture.Card c) {
        double x = c.x();
        double y = c.y();
        fill(g, c.bandColour(), x, y, CARD_WIDTH, CARD_HEIGHT);
        fill(g, MapLook.CARD_FILL, x + BAND, y + BORDER, CARD_WIDTH - BAND - BORDER, CARD_HEIGHT - 2 * BORDER);
        AwtGlyph.draw(g, c.kind(), x + PAD, y + MapLook.GLYPH_TOP, MapLook.GLYPH_SIZE);
        double badgeX = x + CARD_WIDTH - MapLook.BADGE_LEFT_FROM_RIGHT;
        fill(g, c.tierColour(), badgeX, y + MapLook.BADGE_TOP, MapLook.BADGE_WIDTH, MapLook.BADGE_HEIGHT);
        text.centre(c.tierBadge(), AwtText.BADGE, MapLook.contrastOn(c.tierColour()), badgeX + MapLook.BADGE_WIDTH / 2,
                y + MapLook.BADGE_BASELINE);
        double nameBaseline = y + MapLook.NAME_BASELINE;
        double nameWidth = PictureLayout.FIRST_NAME_WIDTH;
        for (String line : c.nameLines()) {
            text.draw(line, AwtText.NAME, MapLook.TEXT, x + MapLook.NAME_LEFT, nameBaseline, nameWidth);
            nameBaseline = y + MapLook.SECOND_NAME_BASELINE;
            nameWidth = PictureLayout.SECOND_NAME_WIDTH;
        }
        if (!c.owner().isEmpty()) {
            text.draw(c.owner(), AwtText.OWNER, MapLook.SECONDARY_TEXT, x + PAD, y + c.ownerBaseline(),
                    CARD_WIDTH - 2 * PAD);
        }
        if (c.verdict() != null) {
            text.draw(c.verdict().symbol(), AwtText.NAME, c.verdict().colour(), x + PAD, y + MapLook.RESULT_BASELINE,
                    MapLook.RESULT_LEFT - PAD);
        }
        text.draw(c.resultLine(), AwtText.RESULT, MapLook.TEXT, x + MapLook.RESULT_LEFT, y + MapLook.RESULT_BASELINE,
                CARD_WIDTH - PAD - MapLook.RESULT_LEFT);
    }

    /** A folded region: a card on a small stack of cards, in its worst verdict's colour, saying what it holds. */
    private static void folded(Graphics2D g, AwtText text, MapPicture.FoldedCard c) {
        for (int behind = MapLook.FOLDED_STACK; behind >= 1; behind--) {
            double d = behind * MapLook.FOLDED_STACK_OFFSET;
            fill(g, MapLook.NEUTRAL_BAND, c.x() + d, c.y() + d, MapLook.FOLDED_WIDTH, MapLook.FOLDED_HEIGHT);
            fill(g, MapLook.CARD_FILL, c.x() + d + 1, c.y() + d + 1, MapLook.FOLDED_WIDTH - 2,
                    MapLook.FOLDED_HEIGHT - 2);
        }
        fill(g, c.bandColour(), c.x(), c.y(), MapLook.FOLDED_WIDTH, MapLook.FOLDED_HEIGHT);
        fill(g, MapLook.CARD_FILL, c.x() + MapLook.FOLDED_BAND, c.y() + BORDER,
                MapLook.FOLDED_WIDTH - MapLook.FOLDED_BAND - BORDER, MapLook.FOLDED_HEIGHT - 2 * BORDER);
        if (c.verdict() != null) {
            text.centre(c.verdict().symbol(), AwtText.FOLDED_NAME, MapLook.contrastOn(c.bandColour()),
                    c.x() + MapLook.FOLDED_BAND / 2, c.y() + PictureFolds.NAME_BASELINE);
        }
        double left = c.x() + PictureFolds.TEXT_LEFT;
        double baseline = c.y() + PictureFolds.NAME_BASELINE;
        text.draw(c.region(), AwtText.FOLDED_NAME, MapLook.TEXT, left, baseline, PictureFolds.TEXT_WIDTH);
        for (String line : c.lines()) {
            baseline += PictureFolds.LINE_HEIGHT;
            text.draw(line, AwtText.FOLDED_TEXT, MapLook.SECONDARY_TEXT, left, baseline, PictureFolds.TEXT_WIDTH);
        }
    }

    /** A pill on a bundled arrow, near its folded end, with how many dependencies it stands for. */
    private static void count(Graphics2D g, AwtText text, MapPicture.Bundle b) {
        String label = Integer.toString(b.count());
        double w = AwtText.width(label, AwtText.COUNT) + MapLook.COUNT_SIZE;
        double h = MapLook.COUNT_SIZE * 1.5;
        double x = b.countX();
        double y = b.countY();
        RoundRectangle2D pill = new RoundRectangle2D.Double(x - w / 2, y - h / 2, w, h, h, h);
        g.setColor(colour(MapLook.BACKGROUND));
        g.fill(pill);
        g.setColor(colour(MapLook.ARROW));
        g.setStroke(new BasicStroke(1.5f));
        g.draw(pill);
        text.centre(label, AwtText.COUNT, MapLook.TEXT, x, y + MapLook.COUNT_SIZE * 0.35);
    }

    /** A faint box with a stronger border, its name in the band above its cards. */
    private static void region(Graphics2D g, AwtText text, MapPicture.Region r) {
        Rectangle2D box = new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height());
        g.setColor(colour(r.colour(), MapLook.REGION_FILL_OPACITY));
        g.fill(box);
        g.setColor(colour(r.colour(), MapLook.REGION_BORDER_OPACITY));
        g.setStroke(new BasicStroke((float) MapLook.REGION_BORDER));
        g.draw(box);
        text.draw(r.name(), AwtText.REGION, MapLook.TEXT, r.labelX(), r.labelBaseline(),
                r.x() + r.width() - MapLook.REGION_LABEL_INSET - r.labelX());
    }

    private static void legendKey(Graphics2D g, AwtText text, MapPicture.LegendKey key) {
        double x = key.x();
        double y = key.y();
        if (key instanceof MapPicture.VerdictKey v) {
            fill(g, v.verdict().colour(), x, y + 3, BAND, 22);
            text.draw(v.verdict().symbol(), AwtText.LEGEND_SYMBOL, v.verdict().colour(), x + PAD, y + 19,
                    PictureLayout.KEY_LABEL_LEFT - PAD);
        } else if (key instanceof MapPicture.LineKey line) {
            arrow(g, x, y + 14, x + 40, y + 14, line.hard());
        }
        text.draw(key.label(), AwtText.LEGEND, MapLook.TEXT, x + PictureLayout.KEY_LABEL_LEFT, y + 19,
                Double.MAX_VALUE);
    }

    /** A line with its arrowhead's tip on (x2, y2); soft ones dashed. */
    private static void arrow(Graphics2D g, double x1, double y1, double x2, double y2, boolean hard) {
        g.setColor(colour(MapLook.ARROW));
        float[] dashes = hard ? null : new float[] {(float) MapLook.DASH_ON, (float) MapLook.DASH_OFF};
        g.setStroke(new BasicStroke((float) MapLook.ARROW_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                dashes, 0));
        ArrowShape shape = ArrowShape.of(x1, y1, x2, y2);
        g.draw(new Line2D.Double(x1, y1, shape.lineEndX(), shape.lineEndY()));
        Path2D.Double head = new Path2D.Double();
        head.moveTo(shape.headX()[0], shape.headY()[0]);
        head.lineTo(shape.headX()[1], shape.headY()[1]);
        head.lineTo(shape.headX()[2], shape.headY()[2]);
        head.closePath();
        g.fill(head);
    }

    private static void fill(Graphics2D g, String colour, double x, double y, double w, double h) {
        g.setColor(colour(colour));
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    static Color colour(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    private static Color colour(String hex, double opacity) {
        return new Color(Integer.parseInt(hex.substring(1), 16) | (int) Math.round(opacity * 255) << 24, true);
    }
}
