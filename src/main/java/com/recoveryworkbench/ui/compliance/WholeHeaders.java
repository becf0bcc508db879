package com.recoveryworkbench.ui.compliance;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
        table.skinProperty().addListener((obs, old, skin) -> Platform.runLater(() -> follow(table)));
    }

    private static void follow(TableView<?> table) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.lookup(".label") instanceof Label title) {
                var column = header.getTableColumn();
                double designed = column.getMinWidth();
                Runnable fit = () -> column.setMinWidth(Math.ceil(Math.max(
                        designed * title.getFont().getSize() / DESIGNED_FONT_PX,
                        title.prefWidth(-1) + ARROW_AND_PADDING)));
                title.fontProperty().addListener((o, was, font) -> fit.run());
                fit.run();
            }
        }
    }
}
