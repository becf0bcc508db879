package com.recoveryworkbench.ui.compliance;

import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.io.export.VerdictLook;
import com.recoveryworkbench.ui.form.Formats;
import com.recoveryworkbench.ui.form.VerdictStyle;
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
                setStyle(negative ? Formats.LATE_STYLE : "");
            }
        };
    }

    static Callback<TableColumn<ComplianceRow, Verdict>, TableCell<ComplianceRow, Verdict>> verdict() {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(Verdict verdict, boolean empty) {
                super.updateItem(verdict, empty);
                setText(empty ? null : Formats.compliance(verdict));
                // The theme colours the verdict through its style classes; symbol and word read without them.
                VerdictStyle.show(this, empty || verdict == null ? null : VerdictLook.of(verdict));
            }
        };
    }
}
