package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.io.export.MapLook;
import com.recoveryworkbench.model.Position;

/**
 * The shape of a service card in world units: a {@link #WIDTH} x {@link #HEIGHT} box whose top-left
 * corner is the service's position, a connection handle on the middle of its right edge, and the
 * straight arrow between two cards, clipped to their borders. Pure functions. The card's size and name
 * row are {@link MapLook}'s, so the canvas and the exported pictures draw the same card.
 */
public final class CardGeometry {
    public static final double WIDTH = MapLook.CARD_WIDTH;
    public static final double HEIGHT = MapLook.CARD_HEIGHT;
    public static final double HANDLE_RADIUS = 7;
    /** The name row, where a double-click and the in-place rename field go. */
    public static final double NAME_LEFT = MapLook.NAME_LEFT;
    public static final double NAME_TOP = 8;
    public static final double NAME_HEIGHT = 24;
    public static final double NAME_RIGHT_GAP = MapLook.NAME_RIGHT_GAP;

    /** An arrow from a dependent's card border to its dependency's card border. */
    public record Segment(double x1, double y1, double x2, double y2) {
        public double length() {
            return Math.hypot(x2 - x1, y2 - y1);
        }
    }

    private CardGeometry() {
    }

    public static WorldRect bounds(Position p) {
        return new WorldRect(p.x(), p.y(), p.x() + WIDTH, p.y() + HEIGHT);
    }

    public static double centreX(Position p) {
        return p.x() + WIDTH / 2;
    }

    public static double centreY(Position p) {
        return p.y() + HEIGHT / 2;
    }

    public static double handleX(Position p) {
        return p.x() + WIDTH;
    }

    public static double handleY(Position p) {
        return p.y() + HEIGHT / 2;
    }

    /** True when (wx, wy) is on the handle, allowing {@code tolerance} world units beyond its radius. */
    public static boolean isOnHandle(Position p, double wx, double wy, double tolerance) {
        double r = HANDLE_RADIUS + tolerance;
        double dx = wx - handleX(p);
        double dy = wy - handleY(p);
        return dx * dx + dy * dy <= r * r;
    }

    /** The name row of the card: where its name is drawn and edited. */
    public static WorldRect nameArea(Position p) {
        return new WorldRect(p.x() + NAME_LEFT, p.y() + NAME_TOP, p.x() + WIDTH - NAME_RIGHT_GAP,
                p.y() + NAME_TOP + NAME_HEIGHT);
    }

    /**
     * The arrow from the card at {@code from} to the card at {@code to} along the line between their
     * centres, starting and ending where that line leaves each card; {@code null} when the centres
     * coincide and there is no direction to draw.
     */
    public static Segment arrow(Position from, Position to) {
        return arrow(centreX(from), centreY(from), centreX(to), centreY(to));
    }

    /** {@link #arrow(Position, Position)} from card centres. */
    public static Segment arrow(double fromX, double fromY, double toX, double toY) {
        double dx = toX - fromX;
        double dy = toY - fromY;
        if (dx == 0 && dy == 0) {
            return null;
        }
        double t = exitFraction(dx, dy);
        return new Segment(fromX + dx * t, fromY + dy * t, toX - dx * t, toY - dy * t);
    }

    /** The fraction of (dx, dy) from a card's centre at which the ray crosses its border. */
    private static double exitFraction(double dx, double dy) {
        double tx = dx == 0 ? Double.POSITIVE_INFINITY : (WIDTH / 2) / Math.abs(dx);
        double ty = dy == 0 ? Double.POSITIVE_INFINITY : (HEIGHT / 2) / Math.abs(dy);
        return Math.min(tx, ty);
    }

    /** Distance from (px, py) to the segment (x1, y1)-(x2, y2). */
    public static double distanceToSegment(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : ((px - x1) * dx + (py - y1) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
    }
}
