package com.recoveryworkbench.ui.inspector;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Keeps what a scroll pane shows where it is when its content grows or shrinks below. A scroll
 * pane remembers its position as a fraction of the scrollable height, so findings appearing at the
 * bottom of the inspector would otherwise slide every editor on screen by a few pixels, under the
 * pointer of the person about to click one. The pixel offset the person scrolled to is kept, also
 * across a content that shrinks for a moment (a list refilled). The scroll pane's skin re-reads its
 * own scroll bar during the same layout, with the old range, so the offset is put back just after
 * it, and positions the skin sets meanwhile are not taken for the person's scrolling. FX thread only.
 */
final class StableScroll {
    private final ScrollPane pane;
    private final ChangeListener<Bounds> heightChanged = (obs, was, now) -> {
        if (was.getHeight() != now.getHeight()) {
            keepOffset();
        }
    };
    /** How far down the person scrolled, in pixels of content. */
    private double offset;
    private boolean adjusting;
    private boolean correcting;

    private StableScroll(ScrollPane pane) {
        this.pane = pane;
    }

    /** Keeps the pixel offset of {@code pane} across changes of its content's height. */
    static void install(ScrollPane pane) {
        StableScroll stable = new StableScroll(pane);
        pane.contentProperty().addListener((obs, old, content) -> stable.follow(old, content));
        pane.vvalueProperty().addListener((obs, was, now) -> stable.scrolled());
        stable.follow(null, pane.getContent());
    }

    private void follow(Node old, Node content) {
        if (old != null) {
            old.layoutBoundsProperty().removeListener(heightChanged);
        }
        if (content != null) {
            content.layoutBoundsProperty().addListener(heightChanged);
        }
        offset = 0;
    }

    private double scrollable(double contentHeight) {
        return contentHeight - pane.getViewportBounds().getHeight();
    }

    private double fraction() {
        return (pane.getVvalue() - pane.getVmin()) / (pane.getVmax() - pane.getVmin());
    }

    private void scrolled() {
        if (!adjusting && !correcting && pane.getContent() != null) {
            offset = Math.max(0, fraction() * scrollable(pane.getContent().getLayoutBounds().getHeight()));
        }
    }

    private void keepOffset() {
        if (!correcting) {
            correcting = true;
            Platform.runLater(this::putBack);
        }
    }

    private void putBack() {
        correcting = false;
        if (pane.getContent() == null) {
            return;
        }
        double after = scrollable(pane.getContent().getLayoutBounds().getHeight());
        if (after <= 0) {
            return;
        }
        adjusting = true;
        try {
            pane.setVvalue(pane.getVmin() + Math.min(1, offset / after) * (pane.getVmax() - pane.getVmin()));
        } finally {
            adjusting = false;
        }
    }
}
