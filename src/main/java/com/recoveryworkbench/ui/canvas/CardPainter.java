package com.recoveryworkbench.ui.canvas;

import static com.recoveryworkbench.ui.canvas.CardGeometry.HEIGHT;
import static com.recoveryworkbench.ui.canvas.CardGeometry.WIDTH;

import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.io.export.CardLines;
import com.recoveryworkbench.io.export.MapLook;
import com.recoveryworkbench.io.export.VerdictLook;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.TierPolicy;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

/**
 * Paints one service card, at the level of detail its size on screen allows: the verdict symbol and
 * name when it is small, everything (kind, name, tier, owner, result) otherwise; tiny cards are
 * blocks in the raster layer. The compliance verdict is always colour (band and border) and, when there is
 * room for text, its symbol too, so it reads in greyscale.
 *
 * <p>Shapes are drawn in world units through the world transform and built from filled rectangles
 * where possible (cheaper than strokes for the renderer); text is drawn in screen pixels with a font
 * scaled to the zoom, because scaled glyphs are not cached by the renderer. FX thread only.
 */
final class CardPainter {
    /** Below this height on screen a card is a plain block. */
    static final double BLOCK_BELOW_PX = 20;
    /** Below this height on screen a card shows only its verdict symbol and name. */
    static final double LABEL_BELOW_PX = 45;
    private static final double BAND = MapLook.BAND;
    private static final double PIN_SIZE = 13;
    /** Room for "L12" in the owner font, and a gap. */
    private static final double LAYER_HINT_WIDTH = 28;
    private static final double PAD = MapLook.PAD;
    private static final Affine SCREEN = new Affine();

    private final TextFitter fitter = new TextFitter();
    private final ScaledFonts fonts = new ScaledFonts();
    private final Font nameFont = Font.font("System", FontWeight.BOLD, MapLook.NAME_SIZE);
    /** For a name too long for the card at full size: a smaller size before cutting it with "…". */
    private final Font longNameFont = Font.font("System", FontWeight.BOLD, MapLook.LONG_NAME_SIZE);
    private final Font labelFont = Font.font("System", FontWeight.BOLD, 28);
    private final Font badgeFont = Font.font("System", FontWeight.BOLD, MapLook.BADGE_SIZE);
    /** In presentation the badge is as large as the owner line, so every card text reaches 18 px. */
    private final Font presentationBadgeFont = Font.font("System", FontWeight.BOLD, 12);
    private final Font ownerFont = Font.font("System", MapLook.OWNER_SIZE);
    private final Font resultFont = Font.font("System", MapLook.RESULT_SIZE);
    private Palette palette = Palette.LIGHT;
    private double weight = 1;
    private Font badge = badgeFont;
    private boolean handles = true;

    /** How much of a card to draw at a scale. */
    enum Detail { BLOCK, LABEL, FULL }

    static Detail detailAt(double scale) {
        double px = HEIGHT * scale;
        return px < BLOCK_BELOW_PX ? Detail.BLOCK : px < LABEL_BELOW_PX ? Detail.LABEL : Detail.FULL;
    }

    /** The look of the cards of one frame: the palette, the line weight and the presentation fonts. */
    void prepare(Palette framePalette, double frameWeight, boolean presentation) {
        palette = framePalette;
        weight = frameWeight;
        badge = presentation ? presentationBadgeFont : badgeFont;
        // A projected map is read, not edited: the connect handles would only be clutter.
        handles = !presentation;
    }

    /**
     * Draws {@code s} at {@link Detail#LABEL} or {@link Detail#FULL} (blocks are the raster layer's)
     * with the world transform {@code world} set on {@code g}, and leaves it set. {@code result} is its
     * analysis result, {@code null} when there is none yet; {@code tier} its tier policy, {@code null}
     * when the plan lacks it. A {@code greyed} card is drawn in the neutral colour with grey text (the
     * caller fades it), and its verdict is not shown: in the restore story it is not restored yet.
     */
    void paint(GraphicsContext g, Detail detail, Service s, ServiceResult result, TierPolicy tier,
               boolean greyed, Viewport viewport, Affine world) {
        double x = s.position().x();
        double y = s.position().y();
        VerdictLook look = result == null || greyed ? null : VerdictLook.of(result.verdict());
        Color verdict = look == null ? palette.neutralBand() : palette.verdict(result.verdict());
        g.setFill(verdict);
        // Band and border as separate bars, never overlapping the body: a dimmed card is translucent,
        // and stacked fills would show through each other.
        double border = Math.max(2 * weight, 1 / viewport.scale());
        g.fillRect(x, y, BAND, HEIGHT);
        g.fillRect(x + BAND, y, WIDTH - BAND, border);
        g.fillRect(x + BAND, y + HEIGHT - border, WIDTH - BAND, border);
        g.fillRect(x + WIDTH - border, y + border, border, HEIGHT - 2 * border);
        g.setFill(palette.cardFill());
        g.fillRect(x + BAND, y + border, WIDTH - BAND - border, HEIGHT - 2 * border);
        Color tierFill = tier == null || greyed ? palette.neutralBand() : Color.web(tier.color());
        if (detail == Detail.FULL) {
            paintFullShapes(g, s, tierFill);
        }
        g.setTransform(SCREEN);
        fonts.use(viewport.scale());
        Color text = greyed ? palette.secondaryText() : palette.text();
        if (detail == Detail.LABEL) {
            paintLabelText(g, text, s, look, verdict, viewport);
        } else {
            paintFullText(g, text, s, greyed ? null : result, look, verdict, contrastOn(tierFill), viewport);
        }
        g.setTransform(world);
    }

    private void paintFullShapes(GraphicsContext g, Service s, Color tierFill) {
        double x = s.position().x();
        double y = s.position().y();
        g.setStroke(palette.text());
        g.setLineWidth(1.4);
        KindGlyph.draw(g, s.kind(), x + PAD, y + 11, 16);
        g.setFill(tierFill);
        g.fillRect(x + WIDTH - 40, y + 10, 30, 18);
        if (handles) {
            double r = CardGeometry.HANDLE_RADIUS;
            double cx = CardGeometry.handleX(s.position());
            double cy = CardGeometry.handleY(s.position());
            g.setFill(palette.cardFill());
            g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            g.setFill(palette.handle());
            g.fillOval(cx - r + 1.5, cy - r + 1.5, 2 * r - 3, 2 * r - 3);
        }
        if (s.pinned()) {
            paintPin(g, x + WIDTH - PAD - PIN_SIZE, y + HEIGHT - 10 - PIN_SIZE);
        }
    }

    /** A drawing pin seen from the side: round head, short needle. Arrange leaves this card where it is. */
    private void paintPin(GraphicsContext g, double left, double top) {
        double head = PIN_SIZE * 0.55;
        g.setFill(palette.text());
        g.fillOval(left + (PIN_SIZE - head) / 2, top, head, head);
        g.setLineWidth(1.6);
        g.strokeLine(left + PIN_SIZE / 2, top + head, left + PIN_SIZE / 2, top + PIN_SIZE);
        g.strokeLine(left + PIN_SIZE * 0.15, top + head, left + PIN_SIZE * 0.85, top + head);
    }

    private void paintLabelText(GraphicsContext g, Color textColour, Service s, VerdictLook look, Color verdict,
                                Viewport v) {
        double x = s.position().x();
        double y = s.position().y();
        double nameLeft = x + PAD;
        if (look != null) {
            text(g, look.symbol(), labelFont, verdict, x + PAD, y + 56, v);
            nameLeft += 30;
        }
        String name = fitter.fit(s.name(), labelFont, x + WIDTH - PAD - nameLeft);
        text(g, name, labelFont, textColour, nameLeft, y + 56, v);
    }

    private void paintFullText(GraphicsContext g, Color textColour, Service s, ServiceResult result,
                               VerdictLook look, Color verdict, Color badgeText, Viewport v) {
        double x = s.position().x();
        double y = s.position().y();
        WorldRect nameArea = CardGeometry.nameArea(s.position());
        Font font = nameFont;
        String name = fitter.fit(s.name(), font, nameArea.width());
        if (!name.equals(s.name())) {
            font = longNameFont;
            name = fitter.fit(s.name(), font, nameArea.width());
        }
        text(g, name, font, textColour, nameArea.minX(), y + 26, v);
        g.setTextAlign(TextAlignment.CENTER);
        text(g, CardLines.tierBadge(s.tier()), badge, badgeText, x + WIDTH - 25, y + 23.5, v);
        g.setTextAlign(TextAlignment.LEFT);
        if (!s.owner().isEmpty()) {
            text(g, fitter.fit(s.owner(), ownerFont, WIDTH - 2 * PAD), ownerFont, palette.secondaryText(), x + PAD,
                    y + 50, v);
        }
        if (look != null) {
            text(g, look.symbol(), nameFont, verdict, x + PAD, y + 77, v);
        }
        double hintsLeft = x + WIDTH - PAD - (s.pinned() ? PIN_SIZE + 4 : 0);
        if (s.layer() != null) {
            // The wave layer Arrange must put this card in, e.g. "L3".
            String layer = "L" + s.layer();
            g.setTextAlign(TextAlignment.RIGHT);
            text(g, layer, ownerFont, palette.secondaryText(), hintsLeft, y + 77, v);
            g.setTextAlign(TextAlignment.LEFT);
            hintsLeft -= LAYER_HINT_WIDTH;
        }
        text(g, fitter.fit(CardLines.result(result), resultFont, hintsLeft - x - 34), resultFont, textColour,
                x + 34, y + 77, v);
    }

    /** Black or white, whichever reads better on {@code fill}. */
    private static Color contrastOn(Color fill) {
        double luminance = 0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue();
        return luminance > 0.5 ? Color.BLACK : Color.WHITE;
    }

    private void text(GraphicsContext g, String s, Font worldFont, Color colour, double wx, double wy, Viewport v) {
        g.setFill(colour);
        g.setFont(fonts.scaled(worldFont));
        g.fillText(s, v.toScreenX(wx), v.toScreenY(wy));
    }
}
