package com.recoveryworkbench.ui.panels;

import com.recoveryworkbench.analysis.Compliance;
import com.recoveryworkbench.ui.ComplianceLook;
import java.time.Duration;
import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;

/** Cell factories of the compliance table: formatted durations, signed slack in red when missed, verdicts in colour. */
final class ComplianceCells {
    private static final String NEGATIVE_CLASS = "slack-negative";

    private ComplianceCells() {
    }

    static <T> Callback<TableColumn<ComplianceRow, T>, TableCell<ComplianceRow, T>> text(Function<T, String> format) {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : format.apply(item));
            }
        };
    }

    static Callback<TableColumn<ComplianceRow, Duration>, TableCell<ComplianceRow, Duration>> slack() {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(Duration slack, boolean empty) {
                super.updateItem(slack, empty);
                boolean negative = !empty && slack != null && slack.isNegative();
                setText(empty ? null : Formats.slack(slack));
                getStyleClass().remove(NEGATIVE_CLASS);
                if (negative) {
                    getStyleClass().add(NEGATIVE_CLASS);
                }
                setStyle(negative ? "-fx-text-fill: #c0392b; -fx-font-weight: bold;" : "");
            }
        };
    }

    static Callback<TableColumn<ComplianceRow, Compliance>, TableCell<ComplianceRow, Compliance>> verdict() {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(Compliance verdict, boolean empty) {
                super.updateItem(verdict, empty);
                getStyleClass().removeIf(c -> c.startsWith("compliance-"));
                setText(empty ? null : Formats.compliance(verdict));
                if (empty || verdict == null) {
                    setStyle("");
                    return;
                }
                ComplianceLook look = ComplianceLook.of(verdict);
                getStyleClass().add(look.styleClass());
                setStyle("-fx-text-fill: " + web(look) + "; -fx-font-weight: bold;");
            }
        };
    }

    private static String web(ComplianceLook look) {
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", Math.round(look.color().getRed() * 255),
                Math.round(look.color().getGreen() * 255), Math.round(look.color().getBlue() * 255));
    }
}
