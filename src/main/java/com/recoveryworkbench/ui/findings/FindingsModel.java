package com.recoveryworkbench.ui.findings;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.Severity;
import com.recoveryworkbench.analysis.drill.ProvenView;
import com.recoveryworkbench.ui.form.Formats;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The findings of the newest analysis, errors first (then warnings, then infos; the analysis order
 * within a severity), and a header line with their counts; then, as a group of their own, the drill
 * findings of the proven view with theirs. FX thread only.
 */
public final class FindingsModel {
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<Finding> readOnly = FXCollections.unmodifiableObservableList(findings);
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper(this, "header", "Not analysed yet");
    private final ObservableList<Finding> drillFindings = FXCollections.observableArrayList();
    private final ObservableList<Finding> readOnlyDrill = FXCollections.unmodifiableObservableList(drillFindings);
    private final ReadOnlyStringWrapper drillHeader = new ReadOnlyStringWrapper(this, "drillHeader", "");

    /** Shows the findings of {@code analysis}; {@code null} (none yet) shows nothing. */
    public void update(Analysis analysis) {
        List<Finding> next = analysis == null ? List.of()
                : analysis.findings().stream().sorted(Comparator.comparing(Finding::severity)).toList();
        if (!next.equals(findings)) {
            findings.setAll(next);
        }
        header.set(analysis == null ? "Not analysed yet" : Formats.findingCounts(count(next, Severity.ERROR),
                count(next, Severity.WARNING), count(next, Severity.INFO)));
    }

    /**
     * Shows the drill findings of {@code view} (optimistic plan, failed in drill, never drilled, overdue,
     * stale evidence), in its order: errors first. {@code null} (none yet) shows nothing.
     */
    public void updateDrills(ProvenView view) {
        List<Finding> next = view == null ? List.of() : view.findings();
        if (!next.equals(drillFindings)) {
            drillFindings.setAll(next);
        }
        drillHeader.set(next.isEmpty() ? "" : "Drill evidence: " + Formats.findingCounts(count(next, Severity.ERROR),
                count(next, Severity.WARNING), count(next, Severity.INFO)));
    }

    private static long count(List<Finding> list, Severity severity) {
        return list.stream().filter(f -> f.severity() == severity).count();
    }

    public ObservableList<Finding> findings() {
        return readOnly;
    }

    /** The drill findings of the newest proven view, a group of their own. */
    public ObservableList<Finding> drillFindings() {
        return readOnlyDrill;
    }

    /** "Drill evidence: 1 error, 3 warnings", or empty when there are none. */
    public ReadOnlyStringProperty drillHeaderProperty() {
        return drillHeader.getReadOnlyProperty();
    }

    /** "3 errors, 2 warnings" or "No findings". */
    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }
}
