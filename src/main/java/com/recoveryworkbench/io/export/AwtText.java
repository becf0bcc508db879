package com.recoveryworkbench.io.export;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;

/**
 * Text on the PNG picture: the sizes of {@link MapLook} in the logical SansSerif font, cut with "…"
 * where it would overflow. Widths are measured unscaled and anti-aliased, so a text is cut in the
 * same place at 1× and 2×. One instance per drawing; not thread-safe.
 */
final class AwtText {
    static final Font TITLE = font(Font.BOLD, MapLook.TITLE_SIZE);
    static final Font NAME = font(Font.BOLD, MapLook.NAME_SIZE);
    static final Font BADGE = font(Font.BOLD, MapLook.BADGE_SIZE);
    static final Font OWNER = font(Font.PLAIN, MapLook.OWNER_SIZE);
    static final Font RESULT = font(Font.PLAIN, MapLook.RESULT_SIZE);
    static final Font LEGEND = font(Font.PLAIN, MapLook.LEGEND_SIZE);
    static final Font REGION = font(Font.BOLD, MapLook.REGION_LABEL_SIZE);
    static final Font LEGEND_SYMBOL = font(Font.BOLD, MapLook.LEGEND_SIZE);
    static final Font FOLDED_NAME = font(Font.BOLD, MapLook.FOLDED_NAME_SIZE);
    static final Font FOLDED_TEXT = font(Font.PLAIN, MapLook.FOLDED_TEXT_SIZE);
    static final Font COUNT = font(Font.BOLD, MapLook.COUNT_SIZE);
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private final Graphics2D g;

    AwtText(Graphics2D g) {
        this.g = g;
    }

    private static Font font(int style, double size) {
        return new Font(Font.SANS_SERIF, style, 1).deriveFont((float) size);
    }

    /** Draws {@code text} from its left end, cut to {@code maxWidth}. */
    void draw(String text, Font font, String colour, double x, double baseline, double maxWidth) {
        g.setFont(font);
        g.setColor(PngPicture.colour(colour));
        g.drawString(fit(text, font, maxWidth), (float) x, (float) baseline);
    }

    /** Draws {@code text} centred on {@code centreX}. */
    void centre(String text, Font font, String colour, double centreX, double baseline) {
        String shown = fit(text, font, Double.MAX_VALUE);
        draw(shown, font, colour, centreX - width(shown, font) / 2, baseline, Double.MAX_VALUE);
    }

    static String fit(String text, Font font, double maxWidth) {
        return TextFit.fit(text, maxWidth, t -> width(t, font));
    }

    static double width(String text, Font font) {
        return font.getStringBounds(text, MEASURE).getWidth();
    }
}
