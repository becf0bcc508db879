package com.recoveryworkbench.ui.canvas;

import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * Holds the canvas, sized to whatever room the window gives it (never asking for more, so the window
 * can shrink), a hint centred over it, a node in its bottom-right corner (the minimap), and the nodes
 * laid over it, clipped to its bounds.
 */
final class CanvasPane extends Region {
    private final Canvas canvas;
    private static final double CORNER_MARGIN = 12;
    private final Node hint;
    private final Node corner;

    CanvasPane(Canvas canvas, Node hint, Node corner, Node... overlays) {
        this.canvas = canvas;
        this.hint = hint;
        this.corner = corner;
        getChildren().addAll(canvas, hint, corner);
        getChildren().addAll(overlays);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinSize(0, 0);
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(0, 0);
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
        hint.autosize();
        hint.relocate(Math.floor((getWidth() - hint.getLayoutBounds().getWidth()) / 2),
                Math.floor((getHeight() - hint.getLayoutBounds().getHeight()) / 2));
        corner.autosize();
        corner.relocate(Math.floor(getWidth() - corner.getLayoutBounds().getWidth() - CORNER_MARGIN),
                Math.floor(getHeight() - corner.getLayoutBounds().getHeight() - CORNER_MARGIN));
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }
}
