package com.recoveryworkbench.io.export;

import static com.recoveryworkbench.io.export.MapLook.BAND;
import static com.recoveryworkbench.io.export.MapLook.BORDER;
import static com.recoveryworkbench.io.export.MapLook.CARD_HEIGHT;
import static com.recoveryworkbench.io.export.MapLook.CARD_WIDTH;
import static com.recoveryworkbench.io.export.MapLook.PAD;
import static com.recoveryworkbench.io.export.SvgText.num;

import java.util.Locale;

/**
 * Draws a {@link MapPicture} as a standalone SVG document, UTF-8: a {@code viewBox} of the
 * picture's size, generic font families only, every text XML-escaped. Regions are groups
 * {@code <g class="region" data-region="NAME">} behind everything else. Each card is a group
 * {@code <g class="card" data-service="ID" data-verdict="missed">} whose {@code <title>} is the full
 * service name (its {@code name} texts are the one or two lines shown on the card); arrows carry
 * {@code data-from}/{@code data-to}. A folded region is {@code <g class="folded" data-region="NAME">}, and
 * its bundled arrows {@code <g class="bundle" data-from data-to data-count>}, with the count of each
 * that stands for more than one over the cards. The same picture gives the same text. Stateless and thread-safe.
 */
public final class SvgPicture {
    private SvgPicture() {
    }

    public static String render(MapPicture picture) {
        StringBuilder out = new StringBuilder();
        String w = Integer.toString(picture.width());
        String h = Integer.toString(picture.height());
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w)
                .append("\" height=\"").append(h).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" font-family=\"sans-serif\">\n")
                .append("<title>").append(Xml.escape(picture.title())).append("</title>\n")
                .append("<rect width=\"").append(w).append("\" height=\"").append(h).append("\" fill=\"")
                .append(MapLook.BACKGROUND).append("\"/>\n");
        double titleWidth = picture.width() - 2 * PictureLayout.MARGIN;
        text(out, "title", PictureLayout.MARGIN, PictureLayout.MARGIN + MapLook.TITLE_SIZE, MapLook.TITLE_SIZE, true,
                MapLook.TEXT, SvgText.fit(picture.title(), MapLook.TITLE_SIZE, true, titleWidth), "");
        out.append("<g class=\"regions\">\n");
        picture.regions().forEach(region -> region(out, region));
        out.append("</g>\n<g class=\"arrows\">\n");
        for (MapPicture.Arrow a : picture.arrows()) {
            out.append("<g class=\"arrow\" data-from=\"").append(Xml.escape(a.from())).append("\" data-to=\"")
                    .append(Xml.escape(a.to())).append("\">");
            arrow(out, a.x1(), a.y1(), a.x2(), a.y2(), a.hard());
            out.append("</g>\n");
        }
        for (MapPicture.Bundle b : picture.bundles()) {
            out.append("<g class=\"bundle\" data-from=\"").append(Xml.escape(b.from())).append("\" data-to=\"")
                    .append(Xml.escape(b.to())).append("\" data-count=\"").append(b.count()).append("\">");
            arrow(out, b.x1(), b.y1(), b.x2(), b.y2(), b.hard());
            out.append("</g>\n");
        }
        out.append("</g>\n<g class=\"cards\">\n");
        picture.cards().forEach(card -> card(out, card));
        // The counts over the cards, which would hide them.
        out.append("</g>\n<g class=\"counts\">\n");
        picture.bundles().stream().filter(b -> b.count() > 1).forEach(b -> count(out, b));
        out.append("</g>\n<g class=\"folded\">\n");
        picture.folded().forEach(card -> folded(out, card));
        out.append("</g>\n<g class=\"legend\">\n");
        picture.legend().forEach(key -> legendKey(out, key));
        return out.append("</g>\n</svg>\n").toString();
    }

    private static void card(StringBuilder out, MapPicture.Card c) {
        double x = c.x();
        double y = c.y();
        out.append("<g class=\"card\" data-service=\"").append(Xml.escape(c.id())).append("\" data-verdict=\"")
                .append(c.verdict() == null ? "none" : code(c.verdict())).append("\">")
                .append("<title>").append(Xml.escape(c.name())).append("</title>\n");
        // The band and border are the card in its verdict colour, with the white body laid over it.
        rect(out, x, y, CARD_WIDTH, CARD_HEIGHT, c.bandColour());
        rect(out, x + BAND, y + BORDER, CARD_WIDTH - BAND - BORDER, CARD_HEIGHT - 2 * BORDER, MapLook.CARD_FILL);
        SvgGlyph.draw(out, c.kind(), x + PAD, y + MapLook.GLYPH_TOP, MapLook.GLYPH_SIZE);
        double badgeX = x + CARD_WIDTH - MapLook.BADGE_LEFT_FROM_RIGHT;
        rect(out, badgeX, y + MapLook.BADGE_TOP, MapLook.BADGE_WIDTH, MapLook.BADGE_HEIGHT, c.tierColour());
        text(out, "badge", badgeX + MapLook.BADGE_WIDTH / 2, y + MapLook.BADGE_BASELINE, MapLook.BADGE_SIZE, true,
                MapLook.contrastOn(c.tierColour()), c.tierBadge(), " text-anchor=\"middle\"");
        double nameBaseline = y + MapLook.NAME_BASELINE;
        double nameWidth = PictureLayout.FIRST_NAME_WIDTH;
        for (String line : c.nameLines()) {
            // The lines are fitted already; fitting again only guards the card's edge.
            text(out, "name", x + MapLook.NAME_LEFT, nameBaseline, MapLook.NAME_SIZE, true, MapLook.TEXT,
                    SvgText.fit(line, MapLook.NAME_SIZE, true, nameWidth), "");
            nameBaseline = y + MapLook.SECOND_NAME_BASELINE;
            nameWidth = PictureLayout.SECOND_NAME_WIDTH;
        }
        if (!c.owner().isEmpty()) {
            text(out, "owner", x + PAD, y + c.ownerBaseline(), MapLook.OWNER_SIZE, false, MapLook.SECONDARY_TEXT,
                    SvgText.fit(c.owner(), MapLook.OWNER_SIZE, false, CARD_WIDTH - 2 * PAD), "");
        }
        if (c.verdict() != null) {
            text(out, "symbol", x + PAD, y + MapLook.RESULT_BASELINE, MapLook.NAME_SIZE, true, c.verdict().colour(),
                    c.verdict().symbol(), "");
        }
        text(out, "result", x + MapLook.RESULT_LEFT, y + MapLook.RESULT_BASELINE, MapLook.RESULT_SIZE, false,
                MapLook.TEXT, SvgText.fit(c.resultLine(), MapLook.RESULT_SIZE, false,
                        CARD_WIDTH - PAD - MapLook.RESULT_LEFT), "");
        out.append("</g>\n");
    }

    /** A folded region: a card on a small stack of cards, in its worst verdict's colour, saying what it holds. */
    private static void folded(StringBuilder out, MapPicture.FoldedCard c) {
        out.append("<g class=\"folded\" data-region=\"").append(Xml.escape(c.region())).append("\" data-verdict=\"")
                .append(c.verdict() == null ? "none" : code(c.verdict())).append("\">")
                .append("<title>").append(Xml.escape(c.region())).append("</title>\n");
        for (int behind = MapLook.FOLDED_STACK; behind >= 1; behind--) {
            double d = behind * MapLook.FOLDED_STACK_OFFSET;
            rect(out, c.x() + d, c.y() + d, MapLook.FOLDED_WIDTH, MapLook.FOLDED_HEIGHT, MapLook.NEUTRAL_BAND);
            rect(out, c.x() + d + 1, c.y() + d + 1, MapLook.FOLDED_WIDTH - 2, MapLook.FOLDED_HEIGHT - 2,
                    MapLook.CARD_FILL);
        }
        rect(out, c.x(), c.y(), MapLook.FOLDED_WIDTH, MapLook.FOLDED_HEIGHT, c.bandColour());
        rect(out, c.x() + MapLook.FOLDED_BAND, c.y() + BORDER, MapLook.FOLDED_WIDTH - MapLook.FOLDED_BAND - BORDER,
                MapLook.FOLDED_HEIGHT - 2 * BORDER, MapLook.CARD_FILL);
        if (c.verdict() != null) {
            text(out, "symbol", c.x() + MapLook.FOLDED_BAND / 2, c.y() + PictureFolds.NAME_BASELINE,
                    MapLook.FOLDED_NAME_SIZE, true, MapLook.contrastOn(c.bandColour()), c.verdict().symbol(),
                    " text-anchor=\"middle\"");
        }
        double left = c.x() + PictureFolds.TEXT_LEFT;
        text(out, "name", left, c.y() + PictureFolds.NAME_BASELINE, MapLook.FOLDED_NAME_SIZE, true, MapLook.TEXT,
                SvgText.fit(c.region(), MapLook.FOLDED_NAME_SIZE, true, PictureFolds.TEXT_WIDTH), "");
        double baseline = c.y() + PictureFolds.NAME_BASELINE;
        for (String line : c.lines()) {
            baseline += PictureFolds.LINE_HEIGHT;
            text(out, "summary", left, baseline, MapLook.FOLDED_TEXT_SIZE, false, MapLook.SECONDARY_TEXT,
                    SvgText.fit(line, MapLook.FOLDED_TEXT_SIZE, false, PictureFolds.TEXT_WIDTH), "");
        }
        out.append("</g>\n");
    }

    /** A pill on a bundled arrow, near its folded end, with how many dependencies it stands for. */
    private static void count(StringBuilder out, MapPicture.Bundle b) {
        out.append("<g class=\"count\" data-from=\"").append(Xml.escape(b.from())).append("\" data-to=\"")
                .append(Xml.escape(b.to())).append("\">");
        String text = Integer.toString(b.count());
        double w = SvgText.width(text, MapLook.COUNT_SIZE, true) + MapLook.COUNT_SIZE;
        double h = MapLook.COUNT_SIZE * 1.5;
        double x = b.countX();
        double y = b.countY();
        out.append("<rect x=\"").append(num(x - w / 2)).append("\" y=\"").append(num(y - h / 2)).append("\" width=\"")
                .append(num(w)).append("\" height=\"").append(num(h)).append("\" rx=\"").append(num(h / 2))
                .append("\" fill=\"").append(MapLook.BACKGROUND).append("\" stroke=\"").append(MapLook.ARROW)
                .append("\" stroke-width=\"1.5\"/>");
        text(out, "count", x, y + MapLook.COUNT_SIZE * 0.35, MapLook.COUNT_SIZE, true, MapLook.TEXT, text,
                " text-anchor=\"middle\"");
        out.append("</g>\n");
    }

    /** A faint box with a stronger border, its name in the band above its cards. */
    private static void region(StringBuilder out, MapPicture.Region r) {
        out.append("<g class=\"region\" data-region=\"").append(Xml.escape(r.name())).append("\">")
                .append("<rect x=\"").append(num(r.x())).append("\" y=\"").append(num(r.y())).append("\" width=\"")
                .append(num(r.width())).append("\" height=\"").append(num(r.height())).append("\" fill=\"")
                .append(r.colour()).append("\" fill-opacity=\"").append(num(MapLook.REGION_FILL_OPACITY))
                .append("\" stroke=\"").append(r.colour()).append("\" stroke-opacity=\"")
                .append(num(MapLook.REGION_BORDER_OPACITY)).append("\" stroke-width=\"")
                .append(num(MapLook.REGION_BORDER)).append("\"/>\n");
        double room = r.x() + r.width() - MapLook.REGION_LABEL_INSET - r.labelX();
        text(out, "label", r.labelX(), r.labelBaseline(), MapLook.REGION_LABEL_SIZE, true, MapLook.TEXT,
                SvgText.fit(r.name(), MapLook.REGION_LABEL_SIZE, true, room), "");
        out.append("</g>\n");
    }

    private static void legendKey(StringBuilder out, MapPicture.LegendKey key) {
        double x = key.x();
        double y = key.y();
        out.append("<g class=\"key\">");
        if (key instanceof MapPicture.VerdictKey v) {
            rect(out, x, y + 3, BAND, 22, v.verdict().colour());
            text(out, "symbol", x + PAD, y + 19, MapLook.LEGEND_SIZE, true, v.verdict().colour(),
                    v.verdict().symbol(), "");
        } else if (key instanceof MapPicture.LineKey line) {
            arrow(out, x, y + 14, x + 40, y + 14, line.hard());
        }
        text(out, "label", x + PictureLayout.KEY_LABEL_LEFT, y + 19, MapLook.LEGEND_SIZE, false, MapLook.TEXT, key.label(), "");
        out.append("</g>\n");
    }

    private static void arrow(StringBuilder out, double x1, double y1, double x2, double y2, boolean hard) {
        ArrowShape shape = ArrowShape.of(x1, y1, x2, y2);
        out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(shape.lineEndX())).append("\" y2=\"").append(num(shape.lineEndY())).append("\" stroke=\"")
                .append(MapLook.ARROW).append("\" stroke-width=\"").append(num(MapLook.ARROW_WIDTH)).append('"');
        if (!hard) {
            out.append(" stroke-dasharray=\"").append(num(MapLook.DASH_ON)).append(' ').append(num(MapLook.DASH_OFF))
                    .append('"');
        }
        out.append("/><polygon points=\"");
        for (int i = 0; i < 3; i++) {
            out.append(i == 0 ? "" : " ").append(num(shape.headX()[i])).append(',').append(num(shape.headY()[i]));
        }
        out.append("\" fill=\"").append(MapLook.ARROW).append("\"/>");
    }

    private static void rect(StringBuilder out, double x, double y, double w, double h, String fill) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
                .append("\" height=\"").append(num(h)).append("\" fill=\"").append(fill).append("\"/>\n");
    }

    private static void text(StringBuilder out, String cssClass, double x, double y, double size, boolean bold,
                             String fill, String text, String extra) {
        out.append("<text class=\"").append(cssClass).append("\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" font-size=\"").append(num(size)).append('"').append(bold ? " font-weight=\"bold\"" : "")
                .append(" fill=\"").append(fill).append('"').append(extra).append('>').append(Xml.escape(text))
                .append("</text>\n");
    }

    private static String code(VerdictLook verdict) {
        return verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
