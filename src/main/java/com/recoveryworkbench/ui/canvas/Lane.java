package com.recoveryworkbench.ui.canvas;

/**
 * One lane: the services of one region (or owner) drawn inside a labelled box around their cards.
 *
 * @param name   the region, owner or named group, never empty
 * @param box    the cards' bounding box with padding, and a band on top for the label
 * @param labelX where the label's baseline starts, in world units
 * @param labelY the label's baseline
 * @param colour index into the lane colours, by name order, so a lane keeps its colour while cards move
 */
public record Lane(String name, WorldRect box, double labelX, double labelY, int colour) {
    public double area() {
        return box.width() * box.height();
    }
}
