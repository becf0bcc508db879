package com.recoveryworkbench.ui.inspector;

import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.RestoreTimeRange;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.TierPolicy;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.form.ChoiceModel;
import com.recoveryworkbench.ui.form.FieldModel;
import com.recoveryworkbench.ui.form.Formats;
import com.recoveryworkbench.ui.form.Parsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The editors of one service: every model field but data protection (see {@link ProtectionEditorModel}).
 * Each commit is one undoable step named after the field and the service. A new id is refused in
 * place when it is malformed or taken; when it is accepted, the dependencies follow it and
 * {@code idChanged} hears of it (the selection follows the service). FX thread only.
 */
public final class ServiceEditorModel {
    private static final List<Boolean> PINNED_CHOICES = List.of(false, true);
    private final ServiceEdits edits;
    private final ReadOnlyStringWrapper id = new ReadOnlyStringWrapper(this, "id", "");
    private final FieldModel<String> idField;
    private final FieldModel<String> name;
    private final ChoiceModel<ServiceKind> kind;
    private final ChoiceModel<String> tier;
    private final FieldModel<Duration> restoreTime;
    private final FieldModel<RestoreTimeRange> restoreRange;
    private final ChoiceModel<Optional<Boolean>> stateful;
    private final ChoiceModel<Optional<RecoveryStrategy>> strategy;
    private final FieldModel<Duration> rtoOverride;
    private final FieldModel<Duration> rpoOverride;
    private final FieldModel<String> owner;
    private final FieldModel<String> region;
    private final FieldModel<String> group;
    private final FieldModel<String> notes;
    private final ChoiceModel<Boolean> pinned;
    private final FieldModel<Integer> layer;
    private Plan plan;
    private ServiceKind shownKind;

    /** @param idChanged gets the new id after the user changed the shown service's id */
    public ServiceEditorModel(PlanDocument document, Consumer<String> idChanged) {
        edits = new ServiceEdits(document);
        idField = FieldModel.text(value -> {
            String before = id.get();
            edits.changeId(value);
            if (!value.equals(before)) {
                id.set(value);
                idChanged.accept(value);
            }
        });
        name = FieldModel.text(value -> edits.apply("Rename " + edits.current().map(Service::name).orElse("")
                + " to " + value, b -> b.name(value)));
        kind = new ChoiceModel<>(Formats::word,
                value -> edits.set("kind", Formats.word(value).toLowerCase(java.util.Locale.ROOT), b -> b.kind(value)));
        tier = new ChoiceModel<>(this::tierLabel, value -> edits.set("tier", value, b -> b.tier(value)));
        restoreTime = durationField("restore time", (b, d) -> b.restoreTime(d));
        restoreRange = new FieldModel<>(ServiceEditorModel::optionalRange, RestoreTimeRange::format,
                value -> edits.set("restore range", RestoreTimeRange.format(value), b -> b.restoreTimeRange(value)));
        stateful = new ChoiceModel<>(this::statefulLabel, value -> edits.set("stateful",
                value.map(yes -> yes ? "yes" : "no").orElse("default"), b -> b.stateful(value.orElse(null))));
        strategy = new ChoiceModel<>(value -> value.map(Formats::word).orElse("Not set"), value -> edits.set(
                "strategy", value.map(s -> Formats.word(s).toLowerCase(java.util.Locale.ROOT)).orElse(""),
                b -> b.strategy(value.orElse(null))));
        rtoOverride = durationField("RTO override", (b, d) -> b.rtoTarget(d));
        rpoOverride = durationField("RPO override", (b, d) -> b.rpoTarget(d));
        owner = FieldModel.text(value -> edits.set("owner", value, b -> b.owner(value)));
        region = FieldModel.text(value -> edits.set("region", value, b -> b.region(value)));
        group = FieldModel.text(value -> edits.set("group", value, b -> b.group(value)));
        notes = new FieldModel<>(s -> s == null ? "" : s, s -> s, value -> edits.apply(
                "Edit notes of " + edits.current().map(Service::name).orElse(""), b -> b.notes(value)));
        pinned = new ChoiceModel<>(yes -> yes ? "Pinned" : "Free", value -> edits.apply(
                (value ? "Pin " : "Unpin ") + edits.current().map(Service::name).orElse(""), b -> b.pinned(value)));
        pinned.show(false, PINNED_CHOICES);
        layer = new FieldModel<>(Parsers::layer, Parsers::layerText,
                value -> edits.set("layer", Parsers.layerText(value), b -> b.layer(value)));
    }

    private FieldModel<Duration> durationField(String what,
                                               java.util.function.BiFunction<Service.Builder, Duration, Service.Builder> set) {
        return new FieldModel<>(Parsers::optionalDuration, Durations::format,
                value -> edits.set(what, Durations.format(value), b -> set.apply(b, value)));
    }

    private static RestoreTimeRange optionalRange(String text) {
        return text == null || text.isBlank() ? null : RestoreTimeRange.parse(text);
    }

    /** Shows {@code service} of {@code current}; {@code reset} drops edits in progress (another service). */
    public void show(Plan current, Service service, boolean reset) {
        // Compared with what was shown, not with the choice box: a kind the user just picked is already there.
        boolean kindChanged = !service.kind().equals(shownKind);
        shownKind = service.kind();
        plan = current;
        edits.target(service.id());
        id.set(service.id());
        idField.show(service.id(), reset);
        name.show(service.name(), reset);
        kind.show(service.kind(), List.of(ServiceKind.values()));
        tier.show(service.tier(), tierChoices(current, service.tier()));
        restoreTime.show(Durations.format(service.restoreTime()), reset);
        restoreRange.show(RestoreTimeRange.format(service.restoreTimeRange()), reset);
        stateful.show(Optional.ofNullable(service.stateful()),
                List.of(Optional.empty(), Optional.of(true), Optional.of(false)));
        if (kindChanged) {
            stateful.relabel();
        }
        List<Optional<RecoveryStrategy>> strategies = new ArrayList<>();
        strategies.add(Optional.empty());
        Stream.of(RecoveryStrategy.values()).map(Optional::of).forEach(strategies::add);
        strategy.show(Optional.ofNullable(service.strategy()), strategies);
        rtoOverride.show(Durations.format(service.rtoTarget()), reset);
        rpoOverride.show(Durations.format(service.rpoTarget()), reset);
        owner.show(service.owner(), reset);
        region.show(service.region(), reset);
        group.show(service.group(), reset);
        notes.show(service.notes(), reset);
        pinned.show(service.pinned(), PINNED_CHOICES);
        layer.show(Parsers.layerText(service.layer()), reset);
    }

    /** The plan's tier ids, plus the service's own when the plan lacks it (so it still shows). */
    static List<String> tierChoices(Plan plan, String current) {
        List<String> ids = new ArrayList<>(plan.tiers().stream().map(TierPolicy::id).toList());
        if (current != null && !ids.contains(current)) {
            ids.add(current);
        }
        return ids;
    }

    private String tierLabel(String tierId) {
        return plan == null ? tierId : plan.tier(tierId).map(t -> t.id() + " · " + t.name())
                .orElse(tierId + " (not in this plan)");
    }

    private String statefulLabel(Optional<Boolean> choice) {
        if (choice.isPresent()) {
            return choice.get() ? "Yes" : "No";
        }
        boolean byKind = edits.current().map(s -> s.kind().statefulByDefault()).orElse(false);
        return "Default by kind (" + (byKind ? "yes" : "no") + ")";
    }

    /** Applies every text field the user changed and left valid. */
    public void commitPending() {
        // The id last: the other fields still find the service under the id they were typed for.
        List.of(name, restoreTime, restoreRange, rtoOverride, rpoOverride, owner, region, group, notes, layer,
                        idField)
                .forEach(FieldModel::commit);
    }

    /** The shown service's id, read-only; empty when none. */
    public ReadOnlyStringProperty idProperty() {
        return id.getReadOnlyProperty();
    }

    /** The id editor; a change renames the id and every dependency on it in one step. */
    public FieldModel<String> id() {
        return idField;
    }

    public FieldModel<String> name() {
        return name;
    }

    public ChoiceModel<ServiceKind> kind() {
        return kind;
    }

    public ChoiceModel<String> tier() {
        return tier;
    }

    public FieldModel<Duration> restoreTime() {
        return restoreTime;
    }

    /**
     * How short and how long the restore may take ("30m–1h"); empty for none. The restore time must lie
     * within it, else the change is refused with the reason.
     */
    public FieldModel<RestoreTimeRange> restoreRange() {
        return restoreRange;
    }

    public ChoiceModel<Optional<Boolean>> stateful() {
        return stateful;
    }

    public ChoiceModel<Optional<RecoveryStrategy>> strategy() {
        return strategy;
    }

    public FieldModel<Duration> rtoOverride() {
        return rtoOverride;
    }

    public FieldModel<Duration> rpoOverride() {
        return rpoOverride;
    }

    public FieldModel<String> owner() {
        return owner;
    }

    public FieldModel<String> region() {
        return region;
    }

    /** The named group the service is in (one step per change, "Set group of Checkout to Payments"); empty for none. */
    public FieldModel<String> group() {
        return group;
    }

    public FieldModel<String> notes() {
        return notes;
    }

    /** Whether Arrange leaves the service where it is; a change is one step ("Pin Checkout"). */
    public ChoiceModel<Boolean> pinned() {
        return pinned;
    }

    /** The layer Arrange puts the service in; empty text lets the layout choose. */
    public FieldModel<Integer> layer() {
        return layer;
    }
}
