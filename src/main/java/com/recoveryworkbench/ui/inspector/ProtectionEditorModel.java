package com.recoveryworkbench.ui.inspector;

import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.ProtectionMethod;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.form.ChoiceModel;
import com.recoveryworkbench.ui.form.FieldModel;
import com.recoveryworkbench.ui.form.Formats;
import com.recoveryworkbench.ui.form.Parsers;
import java.time.Duration;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The data-protection editors of one service: method, interval (the replication lag for asynchronous
 * replication) and transfer time (backups and snapshots only). Each commit is one undoable step.
 * FX thread only.
 */
public final class ProtectionEditorModel {
    private final ServiceEdits edits;
    private final ChoiceModel<ProtectionMethod> method;
    private final FieldModel<Duration> interval;
    private final FieldModel<Duration> transfer;
    private final ReadOnlyStringWrapper intervalLabel = new ReadOnlyStringWrapper(this, "intervalLabel", "Interval");
    private final ReadOnlyBooleanWrapper intervalApplies = new ReadOnlyBooleanWrapper(this, "intervalApplies");
    private final ReadOnlyBooleanWrapper transferApplies = new ReadOnlyBooleanWrapper(this, "transferApplies");

    public ProtectionEditorModel(PlanDocument document) {
        edits = new ServiceEdits(document);
        method = new ChoiceModel<>(Formats::word, value -> edits.set("data protection",
                Formats.word(value).toLowerCase(java.util.Locale.ROOT), b -> b.protection(withMethod(value))));
        interval = new FieldModel<>(Parsers::optionalDuration, Durations::format, value -> edits.set(
                intervalLabel.get().toLowerCase(java.util.Locale.ROOT), Durations.format(value),
                b -> b.protection(new DataProtection(protection().method(), value, protection().transfer()))));
        transfer = new FieldModel<>(Parsers::optionalDuration, Durations::format, value -> edits.set(
                "transfer time", Durations.format(value),
                b -> b.protection(new DataProtection(protection().method(), protection().interval(), value))));
    }

    private DataProtection protection() {
        return edits.current().map(Service::protection).orElse(DataProtection.NONE);
    }

    /** Keeps the figures the new method still has a use for, drops the others. */
    private DataProtection withMethod(ProtectionMethod newMethod) {
        DataProtection old = protection();
        return new DataProtection(newMethod, hasInterval(newMethod) ? old.interval() : null,
                newMethod.isPeriodicCopy() ? old.transfer() : null);
    }

    private static boolean hasInterval(ProtectionMethod m) {
        return m.isPeriodicCopy() || m == ProtectionMethod.ASYNC_REPLICATION;
    }

    /** Shows the protection of {@code service}; {@code reset} drops edits in progress. */
    public void show(Service service, boolean reset) {
        edits.target(service.id());
        DataProtection p = service.protection();
        method.show(p.method(), List.of(ProtectionMethod.values()));
        interval.show(Durations.format(p.interval()), reset);
        transfer.show(Durations.format(p.transfer()), reset);
        intervalApplies.set(hasInterval(p.method()));
        transferApplies.set(p.method().isPeriodicCopy());
        intervalLabel.set(p.method() == ProtectionMethod.ASYNC_REPLICATION ? "Replication lag" : "Interval");
    }

    public void commitPending() {
        interval.commit();
        transfer.commit();
    }

    public ChoiceModel<ProtectionMethod> method() {
        return method;
    }

    public FieldModel<Duration> interval() {
        return interval;
    }

    public FieldModel<Duration> transfer() {
        return transfer;
    }

    /** "Interval", or "Replication lag" for asynchronous replication. */
    public ReadOnlyStringProperty intervalLabelProperty() {
        return intervalLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty intervalAppliesProperty() {
        return intervalApplies.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty transferAppliesProperty() {
        return transferApplies.getReadOnlyProperty();
    }
}
