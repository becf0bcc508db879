package com.recoveryworkbench.ui.inspector;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.analysis.SlotWait;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.analysis.drill.Evidence;
import com.recoveryworkbench.analysis.drill.ProvenResult;
import com.recoveryworkbench.analysis.drill.ProvenView;
import com.recoveryworkbench.analysis.uncertainty.Uncertainty;
import com.recoveryworkbench.analysis.uncertainty.UncertaintyText;
import com.recoveryworkbench.io.export.EvidenceLine;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.form.Formats;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the analysis computed for the service the inspector shows, as text: wave, start, up time,
 * RTO target, slack, achievable RPO against its target, verdict, findings and impact, with its drill
 * evidence, the proven explanation and, where restore times are ranges, the spread of its up time. Read-only;
 * every figure comes from the {@link Analysis}, none is computed here. FX thread only.
 */
public final class ServiceResultModel {
    private final ReadOnlyStringWrapper wave = new ReadOnlyStringWrapper(this, "wave", Formats.NONE);
    private final ReadOnlyStringWrapper start = new ReadOnlyStringWrapper(this, "start", Formats.NONE);
    private final ReadOnlyStringWrapper slotWait = new ReadOnlyStringWrapper(this, "slotWait", Formats.NONE);
    private final ReadOnlyStringWrapper up = new ReadOnlyStringWrapper(this, "up", Formats.NONE);
    private final ReadOnlyStringWrapper slack = new ReadOnlyStringWrapper(this, "slack", Formats.NONE);
    private final ReadOnlyBooleanWrapper late = new ReadOnlyBooleanWrapper(this, "late");
    private final ReadOnlyStringWrapper rpo = new ReadOnlyStringWrapper(this, "rpo", Formats.NONE);
    private final ReadOnlyObjectWrapper<Verdict> compliance = new ReadOnlyObjectWrapper<>(this, "compliance");
    private final ReadOnlyStringWrapper criticalPath = new ReadOnlyStringWrapper(this, "criticalPath", "");
    private final ReadOnlyStringWrapper impact = new ReadOnlyStringWrapper(this, "impact", "");
    private final ReadOnlyStringWrapper evidence = new ReadOnlyStringWrapper(this, "evidence", Formats.NONE);
    private final ReadOnlyStringWrapper proven = new ReadOnlyStringWrapper(this, "proven", Formats.NONE);
    private final ReadOnlyStringWrapper uncertainty = new ReadOnlyStringWrapper(this, "uncertainty", "");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<Finding> readOnlyFindings = FXCollections.unmodifiableObservableList(findings);

    /** Shows the result of {@code serviceId}; everything reads {@link Formats#NONE} while it is not analysed yet. */
    public void show(Plan plan, Analysis analysis, String serviceId) {
        ServiceResult r = analysis == null ? null : analysis.result(serviceId).orElse(null);
        wave.set(r == null || r.wave() == null ? Formats.NONE : r.wave().toString());
        start.set(Formats.duration(r == null ? null : r.start()));
        slotWait.set(analysis == null ? Formats.NONE
                : analysis.slotWait(serviceId).map(SlotWait::message).orElse(Formats.NONE));
        up.set(r == null ? Formats.NONE : Formats.versus(r.up(), r.rtoTarget()));
        slack.set(Formats.slack(r == null ? null : r.slack()));
        late.set(r != null && r.slack() != null && r.slack().isNegative());
        rpo.set(r == null ? Formats.NONE : Formats.rpoVersus(r.achievableRpo(), r.rpoTarget()));
        compliance.set(r == null ? null : r.verdict());
        criticalPath.set(r == null || r.criticalPath().isEmpty() ? ""
                : r.criticalPath().size() == 1 ? "none: no dependency delays it"
                : r.criticalPath().stream().map(id -> plan.service(id).map(Service::name).orElse(id))
                        .collect(Collectors.joining(" → ")));
        impact.set(analysis == null ? "" : Formats.impact(analysis.impactOf(serviceId).size()));
        List<Finding> concerning = analysis == null ? List.of() : analysis.findingsFor(serviceId);
        if (!findings.equals(concerning)) {
            findings.setAll(concerning);
        }
    }

    /**
     * Shows the service's drill evidence and why it is up when it is on the proven basis, from the
     * {@code view} of the whole plan ({@code null} before the first analysis). The explanation is the
     * whole plan's, so it shows only while the {@code wholePlan} (total) scenario is shown.
     */
    public void showEvidence(ProvenView view, String serviceId, boolean wholePlan) {
        if (view == null) {
            evidence.set(Formats.NONE);
            proven.set(Formats.NONE);
            return;
        }
        evidence.set(view.result(serviceId).flatMap(ProvenResult::latestEvidence).map(ServiceResultModel::evidence)
                .orElse(view.cadence().statuses().stream().anyMatch(c -> c.service().equals(serviceId))
                        ? EvidenceLine.NEVER_DRILLED : Formats.NONE));
        String because = wholePlan ? view.explain(serviceId) : "";
        proven.set(because.isEmpty() ? Formats.NONE : because);
    }

    /**
     * Shows the service's P50/P90 up times and chance of meeting its target from {@code figures} of the shown
     * scenario; nothing when there are none ({@code null}: no restore ranges, or still being worked out).
     */
    public void showUncertainty(Uncertainty figures, Analysis analysis, String serviceId) {
        ServiceResult r = analysis == null ? null : analysis.result(serviceId).orElse(null);
        uncertainty.set(figures == null || r == null ? "" : figures.service(serviceId)
                .map(s -> UncertaintyText.sentence(s, r.rtoTarget())).orElse(""));
    }

    /** "measured 48m in the 2026-11-14 drill (order-db-retest), recovered". */
    static String evidence(Evidence e) {
        String measured = e.measured() == null ? "nothing measured" : "measured " + Durations.format(e.measured());
        return measured + " in the " + e.date() + " drill (" + e.drill() + "), " + e.outcome().code();
    }

    public ReadOnlyStringProperty waveProperty() {
        return wave.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty startProperty() {
        return start.getReadOnlyProperty();
    }

    /** Why it starts when it does, when it waited for a free restore slot ("Waited 32m for …"); else {@link Formats#NONE}. */
    public ReadOnlyStringProperty slotWaitProperty() {
        return slotWait.getReadOnlyProperty();
    }

    /** Up time against the RTO target: "52m / 15m". */
    public ReadOnlyStringProperty upProperty() {
        return up.getReadOnlyProperty();
    }

    /** "+8m" or "-32m". */
    public ReadOnlyStringProperty slackProperty() {
        return slack.getReadOnlyProperty();
    }

    /** True when the slack is negative: the service is up after its target. */
    public ReadOnlyBooleanProperty lateProperty() {
        return late.getReadOnlyProperty();
    }

    /** "1h10m / 15m", "unbounded / 15m" or "n/a". */
    public ReadOnlyStringProperty rpoProperty() {
        return rpo.getReadOnlyProperty();
    }

    /** The verdict; {@code null} before the service is analysed. */
    public ReadOnlyObjectProperty<Verdict> complianceProperty() {
        return compliance.getReadOnlyProperty();
    }

    /** "Legacy DB → Auth → Checkout" when something delays it, else empty. */
    public ReadOnlyStringProperty criticalPathProperty() {
        return criticalPath.getReadOnlyProperty();
    }

    /** "5 services depend on it". */
    public ReadOnlyStringProperty impactProperty() {
        return impact.getReadOnlyProperty();
    }

    /** Its latest drill result ({@link #evidence(Evidence)}), "never drilled", or {@link Formats#NONE}. */
    public ReadOnlyStringProperty evidenceProperty() {
        return evidence.getReadOnlyProperty();
    }

    /** {@code ProvenView#explain}: "Checkout is up at 1h7m proven (52m planned): …", or {@link Formats#NONE}. */
    public ReadOnlyStringProperty provenProperty() {
        return proven.getReadOnlyProperty();
    }

    /** "Up P50 52m · P90 1h10m · 38 % chance to meet 20m"; empty where the plan has no restore ranges. */
    public ReadOnlyStringProperty uncertaintyProperty() {
        return uncertainty.getReadOnlyProperty();
    }

    /** The findings that concern the service, in the analysis's order: errors first. */
    public ObservableList<Finding> findings() {
        return readOnlyFindings;
    }
}
