package com.recoveryworkbench.ui.panels;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Keeps every column header of a table readable: a column is never narrower than its title in the
 * font the theme gives it (the high-contrast theme's larger bold type cut "RTO target" to
 * "RTO tar…"), nor than the width it was designed with, so that widening one column for its title
 * does not squeeze another's values ("+17h…"). Follows theme changes, which change the headers'
 * font. FX thread only.
 */
final class WholeHeaders {
    /** Room beside the title for the sort arrow and the header's padding. */
    private static final double ARROW_AND_PADDING = 24;

    private WholeHeaders() {
    }

    static void install(TableView<?> table) {
        table.skinProperty().addListener((obs, old, skin) -> Platform.runLater(() -> follow(table)));
    }

    private static void follow(TableView<?> table) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.lookup(".label") instanceof Label title) {
                var column = header.getTableColumn();
                double designed = column.getPrefWidth();
                Runnable fit = () -> column.setMinWidth(
                        Math.max(designed, Math.ceil(title.prefWidth(-1) + ARROW_AND_PADDING)));
                title.fontProperty().addListener((o, was, font) -> fit.run());
                fit.run();
            }
        }
    }
}
