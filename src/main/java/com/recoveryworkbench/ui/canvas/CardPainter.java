package com.recoveryworkbench.ui.canvas;

import static com.recoveryworkbench.ui.canvas.CardGeometry.HEIGHT;
import static com.recoveryworkbench.ui.canvas.CardGeometry.WIDTH;

import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.io.export.CardLines;
import com.recoveryworkbench.io.export.MapLook;
import com.recoveryworkbench.io.export.VerdictLook;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.TierPolicy;
import com.recoveryworkbench.ui.canvas.SemanticZoom.Detail;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

/**
 * Paints one service card at the level of detail its size on screen allows ({@link SemanticZoom}):
 * everything (kind, name, tier, owner, result) when all of it is legible, else the verdict symbol and
 * the name on up to two lines in larger type; smaller cards are blocks in the raster layer. The
 * compliance verdict is always colour (band and border) and, when there is room for text, its symbol
 * too, so it reads in greyscale.
 *
 * <p>Shapes are drawn in world units through the world transform and built from filled rectangles
 * where possible (cheaper than strokes for the renderer); text is drawn in screen pixels with a font
 * scaled to the zoom, because scaled glyphs are not cached by the renderer. Every text drawn is
 * reported to the frame's {@link FrameText}. FX thread only.
 */
final class CardPainter {
    private static final double BAND = MapLook.BAND;
    private static final double PIN_SIZE = 13;
    /** Room for "L12" in the owner font, and a gap. */
    private static final double LAYER_HINT_WIDTH = 28;
    private static final double PAD = MapLook.PAD;
    /** The verdict band at {@link Detail#LABEL}, wide enough for the symbol inside it. */
    private static final double LABEL_BAND = 26;
    private static final double LABEL_GAP = 6;
    private static final double LABEL_LINE = 22;
    /** The width a name gets at {@link Detail#LABEL}, between the band and the right border. */
    static final double LABEL_NAME_WIDTH = WIDTH - LABEL_BAND - 2 * LABEL_GAP;
    private static final Affine SCREEN = new Affine();

    private final TextFitter fitter = new TextFitter();
    private final PresentedNames presentedNames = new PresentedNames(fitter, LABEL_NAME_WIDTH);
    private final ScaledFonts fonts = new ScaledFonts();
    private final FrameText drawn;
    private final Font nameFont = Font.font("System", FontWeight.BOLD, MapLook.NAME_SIZE);
    /** For a name too long for the card at full size: a smaller size before cutting it with "…". */
    private final Font longNameFont = Font.font("System", FontWeight.BOLD, MapLook.LONG_NAME_SIZE);
    private final Font editingLabelFont = labelFont(false);
    private final Font presentedLabelFont = labelFont(true);
    private Font labelFont = editingLabelFont;
    private final Font badgeFont = Font.font("System", FontWeight.BOLD, MapLook.BADGE_SIZE);
    private final Font ownerFont = Font.font("System", MapLook.OWNER_SIZE);
    private final Font resultFont = Font.font("System", MapLook.RESULT_SIZE);
    private Palette palette = Palette.LIGHT;
    private double weight = 1;
    private boolean handles = true;

    /** The type of a name at {@link Detail#LABEL} in the look, in world units. */
    static Font labelFont(boolean presentation) {
        return Font.font("System", FontWeight.BOLD, SemanticZoom.nameText(presentation));
    }

    CardPainter(FrameText drawn) {
        this.drawn = drawn;
    }

    /** The look of the cards of one frame: the palette, the line weight and whether it is presented. */
    void prepare(Palette framePalette, double frameWeight, boolean presentation) {
        palette = framePalette;
        weight = frameWeight;
        // A projected map is read, not edited: the connect handles would only be clutter.
        handles = !presentation;
        labelFont = presentation ? presentedLabelFont : editingLabelFont;
    }

    /**
     * Draws {@code s} at {@link Detail#LABEL} or {@link Detail#FULL} (blocks are the raster layer's)
     * with the world transform {@code world} set on {@code g}, and leaves it set. {@code result} is its
     * analysis result, {@code null} when there is none yet; {@code tier} its tier policy, {@code null}
     * when the plan lacks it; {@code evidence} the quiet line about its drill evidence, shown at
     * {@link Detail#FULL}, {@code null} for none. A {@code greyed} card is drawn in the neutral colour with grey text (the
     * caller fades it), and its verdict is not shown: in the restore story it is not restored yet.
     */
    void paint(GraphicsContext g, Detail detail, Service s, ServiceResult result, TierPolicy tier, String evidence,
               boolean greyed, Viewport viewport, Affine world) {
        double x = s.position().x();
        double y = s.position().y();
        VerdictLook look = result == null || greyed ? null : VerdictLook.of(result.verdict());
        Color verdict = look == null ? palette.neutralBand() : palette.verdict(result.verdict());
        g.setFill(verdict);
        // Band and border as separate bars, never overlapping the body: a dimmed card is translucent,
        // and stacked fills would show through each other.
        double border = Math.max(2 * weight, 1 / viewport.scale());
        // With the name alone, the verdict symbol sits in a wider band, leaving the name the card's width.
        double band = detail == Detail.LABEL ? LABEL_BAND : BAND;
        g.fillRect(x, y, band, HEIGHT);
        g.fillRect(x + band, y, WIDTH - band, border);
        g.fillRect(x + band, y + HEIGHT - border, WIDTH - band, border);
        g.fillRect(x + WIDTH - border, y + border, border, HEIGHT - 2 * border);
        g.setFill(palette.cardFill());
        g.fillRect(x + band, y + border, WIDTH - band - border, HEIGHT - 2 * border);
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
            paintFullText(g, text, s, greyed ? null : result, evidence, look, verdict, BlockSymbols.contrastOn(tierFill),
                    viewport);
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

    /**
     * The verdict symbol in the band, in black or white on the verdict colour, and the name beside it, on
     * two lines when it needs them (presented, as {@link PresentedNames} sets it), centred on the card's height.
     */
    private void paintLabelText(GraphicsContext g, Color textColour, Service s, VerdictLook look, Color verdict,
                                Viewport v) {
        double x = s.position().x();
        double nameLeft = x + LABEL_BAND + LABEL_GAP;
        double size = labelFont.getSize();
        double middle = s.position().y() + HEIGHT / 2 + size * 0.35;
        if (look != null) {
            g.setTextAlign(TextAlignment.CENTER);
            text(g, look.symbol(), labelFont, BlockSymbols.contrastOn(verdict), x + LABEL_BAND / 2, middle, v);
            g.setTextAlign(TextAlignment.LEFT);
        }
        Font font = labelFont;
        List<String> lines;
        // Line spacing grows with the type, keeping the editing look's 22 units for 18-unit type.
        double lineStep = LABEL_LINE * size / SemanticZoom.NAME_TEXT;
        if (labelFont == presentedLabelFont) {
            PresentedNames.Setting set = presentedNames.set(s.name(), v.scale());
            font = set.font();
            lines = set.lines();
            lineStep = set.lineStep();
        } else {
            lines = fitter.wrapTwoLines(s.name(), labelFont, LABEL_NAME_WIDTH);
        }
        double baseline = s.position().y() + HEIGHT / 2 + font.getSize() * 0.35 - (lines.size() - 1) * lineStep / 2;
        for (String line : lines) {
            text(g, line, font, textColour, nameLeft, baseline, v);
            baseline += lineStep;
        }
        drawn.named(s.id());
    }

    /** {@code evidence}: the line about its drill evidence under the owner, {@code null} or empty for none. */
    private void paintFullText(GraphicsContext g, Color textColour, Service s, ServiceResult result, String evidence,
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
        drawn.named(s.id());
        g.setTextAlign(TextAlignment.CENTER);
        text(g, CardLines.tierBadge(s.tier()), badgeFont, badgeText, x + WIDTH - 25, y + 23.5, v);
        g.setTextAlign(TextAlignment.LEFT);
        boolean evidenced = evidence != null && !evidence.isEmpty();
        if (!s.owner().isEmpty()) {
            text(g, fitter.fit(s.owner(), ownerFont, WIDTH - 2 * PAD), ownerFont, palette.secondaryText(), x + PAD,
                    y + (evidenced ? MapLook.OWNER_BASELINE_WITH_EVIDENCE : MapLook.OWNER_BASELINE), v);
        }
        if (evidenced) {
            // Quiet: the owner's grey type, below the owner and above the result it qualifies.
            text(g, fitter.fit(evidence, ownerFont, WIDTH - 2 * PAD), ownerFont, palette.secondaryText(), x + PAD,
                    y + MapLook.EVIDENCE_BASELINE, v);
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

    private void text(GraphicsContext g, String s, Font worldFont, Color colour, double wx, double wy, Viewport v) {
        g.setFill(colour);
        Font font = fonts.scaled(worldFont);
        drawn.drew(font.getSize());
        g.setFont(font);
        g.fillText(s, v.toScreenX(wx), v.toScreenY(wy));
    }
}
