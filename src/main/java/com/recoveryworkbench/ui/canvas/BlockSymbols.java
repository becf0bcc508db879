package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.io.export.VerdictLook;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

/**
 * The verdict symbol on each card drawn as a block ({@link SemanticZoom.Detail#BLOCK}), so a small map
 * reads in greyscale and on a washed-out projector too. Only while a block is tall enough for the symbol
 * at the smallest legible size; greyed cards and cards without a result get none. FX thread only.
 */
final class BlockSymbols {
    /** The symbol's share of the block's height. */
    private static final double SHARE = 0.6;
    private static final double MAX_PX = 40;
    private static final Affine SCREEN = new Affine();

    private final FrameText drawn;
    private Font font = Font.font("System", FontWeight.BOLD, SemanticZoom.MIN_TEXT_PX);

    BlockSymbols(FrameText drawn) {
        this.drawn = drawn;
    }

    /** Draws the symbols of {@code shown} with the world transform {@code world} set on {@code g}, and leaves it set. */
    void paint(GraphicsContext g, Palette palette, Frame frame, List<Service> shown, Viewport v, Affine world) {
        double blockHeight = CardGeometry.HEIGHT * v.scale();
        double px = Math.min(MAX_PX, blockHeight * SHARE);
        if (px < SemanticZoom.minTextPx(frame.presentation())) {
            return;
        }
        if (font.getSize() != px) {
            font = Font.font("System", FontWeight.BOLD, px);
        }
        g.setTransform(SCREEN);
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (Service s : shown) {
            ServiceResult result = PlanPainter.result(frame.analysis(), s);
            if (result != null && !frame.greyed().contains(s.id())) {
                Color colour = palette.verdict(result.verdict());
                g.setGlobalAlpha(PlanPainter.alpha(frame, palette, s));
                g.setFill(contrastOn(colour));
                g.fillText(VerdictLook.of(result.verdict()).symbol(), v.toScreenX(CardGeometry.centreX(s.position())),
                        v.toScreenY(CardGeometry.centreY(s.position())));
                drawn.drew(px);
            }
        }
        g.setGlobalAlpha(1);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        g.setTransform(world);
    }

    /** Black or white, whichever reads better on {@code fill}. */
    static Color contrastOn(Color fill) {
        double luminance = 0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue();
        return luminance > 0.5 ? Color.BLACK : Color.WHITE;
    }
}
