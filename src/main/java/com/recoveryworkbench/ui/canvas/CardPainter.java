package com.recoveryworkbench.ui.canvas;

import static com.recoveryworkbench.ui.canvas.CardGeometry.HEIGHT;
import static com.recoveryworkbench.ui.canvas.CardGeometry.WIDTH;

import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.TierPolicy;
import com.recoveryworkbench.ui.ComplianceLook;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Paints one service card in world units, at the level of detail its size on screen allows: a
 * coloured block when it is tiny, the name when it is small, everything (kind, name, tier, owner,
 * result) otherwise. The compliance verdict is always colour (band and border) and, when there is
 * room for text, its symbol too, so it reads in greyscale. FX thread only.
 */
final class CardPainter {
    /** Below this height on screen a card is a plain block. */
    static final double BLOCK_BELOW_PX = 20;
    /** Below this height on screen a card shows only its verdict symbol and name. */
    static final double LABEL_BELOW_PX = 45;
    private static final double BAND = 8;
    private static final double PAD = 14;

    private final TextFitter fitter = new TextFitter();
    private final Font nameFont = Font.font("System", FontWeight.BOLD, 15);
    private final Font labelFont = Font.font("System", FontWeight.BOLD, 28);
    private final Font badgeFont = Font.font("System", FontWeight.BOLD, 11);
    private final Font ownerFont = Font.font("System", 12);
    private final Font resultFont = Font.font("System", 13);
    private final Font symbolFont = Font.font("System", FontWeight.BOLD, 15);

    /** How much of a card to draw at {@code scale}. */
    enum Detail { BLOCK, LABEL, FULL }

    static Detail detailAt(double scale) {
        double px = HEIGHT * scale;
        return px < BLOCK_BELOW_PX ? Detail.BLOCK : px < LABEL_BELOW_PX ? Detail.LABEL : Detail.FULL;
    }

    /**
     * Draws {@code s}. {@code result} is its analysis result, {@code null} when there is none yet;
     * {@code tier} its tier policy, {@code null} when the plan lacks it.
     */
    void paint(GraphicsContext g, Palette palette, Detail detail, Service s, ServiceResult result, TierPolicy tier,
               double scale) {
        double x = s.position().x();
        double y = s.position().y();
        ComplianceLook look = result == null ? null : ComplianceLook.of(result.compliance());
        Color verdict = look == null ? palette.neutralBand() : look.color();
        if (detail == Detail.BLOCK) {
            g.setFill(verdict);
            g.fillRect(x, y, WIDTH, HEIGHT);
            return;
        }
        g.setFill(palette.cardFill());
        g.fillRect(x, y, WIDTH, HEIGHT);
        g.setFill(verdict);
        g.fillRect(x, y, BAND, HEIGHT);
        g.setStroke(verdict);
        g.setLineWidth(Math.max(2, 1 / scale));
        g.strokeRect(x, y, WIDTH, HEIGHT);
        g.setFill(palette.text());
        g.setTextAlign(TextAlignment.LEFT);
        if (detail == Detail.LABEL) {
            paintLabel(g, palette, s, look, verdict, x, y);
        } else {
            paintFull(g, palette, s, result, look, verdict, tier, x, y);
        }
    }

    private void paintLabel(GraphicsContext g, Palette palette, Service s, ComplianceLook look, Color verdict,
                            double x, double y) {
        double nameLeft = x + PAD;
        if (look != null) {
            g.setFont(labelFont);
            g.setFill(verdict);
            g.fillText(look.symbol(), x + PAD, y + 56);
            nameLeft += 30;
        }
        g.setFill(palette.text());
        g.setFont(labelFont);
        g.fillText(fitter.fit(s.name(), labelFont, x + WIDTH - PAD - nameLeft), nameLeft, y + 56);
    }

    private void paintFull(GraphicsContext g, Palette palette, Service s, ServiceResult result, ComplianceLook look,
                           Color verdict, TierPolicy tier, double x, double y) {
        g.setStroke(palette.text());
        g.setLineWidth(1.4);
        KindGlyph.draw(g, s.kind(), x + PAD, y + 11, 16);

        WorldRect name = CardGeometry.nameArea(s.position());
        g.setFont(nameFont);
        g.fillText(fitter.fit(s.name(), nameFont, name.width()), name.minX(), y + 26);

        paintTierBadge(g, palette, s.tier(), tier, x + WIDTH - 40, y + 10);

        if (!s.owner().isEmpty()) {
            g.setFill(palette.secondaryText());
            g.setFont(ownerFont);
            g.fillText(fitter.fit(s.owner(), ownerFont, WIDTH - 2 * PAD), x + PAD, y + 50);
        }

        if (look != null) {
            g.setFill(verdict);
            g.setFont(symbolFont);
            g.fillText(look.symbol(), x + PAD, y + 77);
        }
        g.setFill(palette.text());
        g.setFont(resultFont);
        g.fillText(fitter.fit(CardText.resultLine(result), resultFont, WIDTH - PAD - 34), x + 34, y + 77);

        paintHandle(g, palette, s);
    }

    private void paintTierBadge(GraphicsContext g, Palette palette, String tierId, TierPolicy tier, double x,
                                double y) {
        Color colour = tier == null ? palette.neutralBand() : Color.web(tier.color());
        g.setFill(colour);
        g.fillRect(x, y, 30, 18);
        double luminance = 0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue();
        g.setFill(luminance > 0.5 ? Color.BLACK : Color.WHITE);
        g.setFont(badgeFont);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(CardText.tierBadge(tierId), x + 15, y + 13.5);
        g.setTextAlign(TextAlignment.LEFT);
    }

    private static void paintHandle(GraphicsContext g, Palette palette, Service s) {
        double r = CardGeometry.HANDLE_RADIUS - 1;
        double cx = CardGeometry.handleX(s.position());
        double cy = CardGeometry.handleY(s.position());
        g.setFill(palette.handle());
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        g.setStroke(palette.cardFill());
        g.setLineWidth(1.5);
        g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
    }
}
