package com.recoveryworkbench.ui.compliance;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Keeps every column header of a table readable: a column is never narrower than its title in the
 * font the theme gives it (the high-contrast theme's larger bold type cut "RTO target" to
 * "RTO tar…"), nor than the minimum width its values were given at the base font size, grown
 * with the theme's font, so that widening one column for its title does not squeeze another's
 * values ("+17h…"). Follows theme changes, which change the headers' font. FX thread only.
 */
final class WholeHeaders {
    /** Room beside the title for the sort arrow and the header's padding. */
    private static final double ARROW_AND_PADDING = 24;
    /** The font size of workbench.css, which the columns' minimum widths were chosen for. */
    private static final double DESIGNED_FONT_PX = 14;

    private WholeHeaders() {
    }

    /** {@code table}'s columns hold, as their minimum width, what their values need at 14 px. */
    static void install(TableView<?> table) {
        Map<TableColumnBase<?, ?>, Double> designed = new HashMap<>();
        Set<TableColumnHeader> followed = Collections.newSetFromMap(new WeakHashMap<>());
        table.skinProperty().addListener((obs, old, skin) -> Platform.runLater(() -> follow(table, designed, followed)));
        // A column shown later (the cost column, once the plan has rates) gets a header only at the next
        // layout, and showing or hiding a column may build the headers anew.
        table.getVisibleLeafColumns().addListener((InvalidationListener) change -> afterNextLayout(table,
                () -> follow(table, designed, followed)));
    }

    private static void afterNextLayout(TableView<?> table, Runnable action) {
        Scene scene = table.getScene();
        if (scene == null) {
            return;
        }
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                action.run();
            }
        };
        scene.addPostLayoutPulseListener(once);
        Platform.requestNextPulse();
    }

    /**
     * Fits each header not followed yet. {@code designedWidths}: each column's minimum width as the table was
     * built, before any fitting; {@code followed}: the headers already fitted and listening to their font.
     */
    private static void follow(TableView<?> table, Map<TableColumnBase<?, ?>, Double> designedWidths,
                               Set<TableColumnHeader> followed) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.lookup(".label") instanceof Label title && followed.add(header)) {
                var column = header.getTableColumn();
                double designed = designedWidths.computeIfAbsent(column, TableColumnBase::getMinWidth);
                Runnable fit = () -> column.setMinWidth(Math.ceil(Math.max(
                        designed * title.getFont().getSize() / DESIGNED_FONT_PX,
                        title.prefWidth(-1) + ARROW_AND_PADDING)));
                title.fontProperty().addListener((o, was, font) -> fit.run());
                fit.run();
            }
        }
    }
}
