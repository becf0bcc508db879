package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.model.ServiceKind;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.shape.ArcType;

/**
 * Small line drawings that tell the kinds of service apart at a glance, drawn with the current stroke
 * into a square of {@code size} world units. No images, so they scale and follow the theme.
 */
final class KindGlyph {
    private KindGlyph() {
    }

    static void draw(GraphicsContext g, ServiceKind kind, double x, double y, double size) {
        double s = size;
        switch (kind) {
            case APPLICATION -> {
                g.strokeRect(x, y + s * 0.1, s, s * 0.8);
                g.strokeLine(x, y + s * 0.32, x + s, y + s * 0.32);
            }
            case DATABASE -> {
                double h = s * 0.25;
                g.strokeOval(x, y, s, h);
                g.strokeLine(x, y + h / 2, x, y + s - h / 2);
                g.strokeLine(x + s, y + h / 2, x + s, y + s - h / 2);
                g.strokeArc(x, y + s - h, s, h, 180, 180, ArcType.OPEN);
                g.strokeArc(x, y + s / 2 - h / 2, s, h, 180, 180, ArcType.OPEN);
            }
            case STORAGE -> {
                g.strokeRect(x, y + s * 0.05, s, s * 0.4);
                g.strokeRect(x, y + s * 0.55, s, s * 0.4);
                // The dots take the stroke's colour: the fill at this point is the card's own.
                Paint cardFill = g.getFill();
                g.setFill(g.getStroke());
                g.fillOval(x + s * 0.72, y + s * 0.2, s * 0.12, s * 0.12);
                g.fillOval(x + s * 0.72, y + s * 0.7, s * 0.12, s * 0.12);
                g.setFill(cardFill);
            }
            case CACHE -> g.strokePolygon(
                    new double[] {x + s * 0.6, x + s * 0.15, x + s * 0.5, x + s * 0.35, x + s * 0.85, x + s * 0.5},
                    new double[] {y, y + s * 0.55, y + s * 0.55, y + s, y + s * 0.4, y + s * 0.4}, 6);
            case QUEUE -> {
                for (int i = 0; i < 3; i++) {
                    g.strokeRect(x + i * s * 0.36, y + s * 0.25, s * 0.28, s * 0.5);
                }
            }
            case NETWORK -> {
                double r = s * 0.22;
                g.strokeLine(x + s / 2, y + r, x + r, y + s - r);
                g.strokeLine(x + s / 2, y + r, x + s - r, y + s - r);
                g.strokeLine(x + r, y + s - r, x + s - r, y + s - r);
                g.strokeOval(x + s / 2 - r, y, 2 * r, 2 * r);
                g.strokeOval(x, y + s - 2 * r, 2 * r, 2 * r);
                g.strokeOval(x + s - 2 * r, y + s - 2 * r, 2 * r, 2 * r);
            }
            case IDENTITY -> {
                g.strokeOval(x + s * 0.3, y, s * 0.4, s * 0.4);
                g.strokeArc(x + s * 0.05, y + s * 0.45, s * 0.9, s * 1.1, 0, 180, ArcType.OPEN);
            }
            case EXTERNAL -> {
                g.strokeOval(x, y, s, s);
                g.strokeOval(x + s * 0.28, y, s * 0.44, s);
                g.strokeLine(x, y + s / 2, x + s, y + s / 2);
            }
        }
    }
}
