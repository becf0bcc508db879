package com.recoveryworkbench.ui.inspector;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.analysis.SlotWait;
import com.recoveryworkbench.analysis.Verdict;
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
 * RTO target, slack, achievable RPO against its target, verdict, findings and impact. Read-only;
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

    /** The findings that concern the service, in the analysis's order: errors first. */
    public ObservableList<Finding> findings() {
        return readOnlyFindings;
    }
}
