package com.recoveryworkbench.ui.tiers;

import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.TierPolicy;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.form.ChoiceModel;
import com.recoveryworkbench.ui.form.FieldModel;
import com.recoveryworkbench.ui.form.Parsers;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The editors of one tier policy: name, colour, RTO and RPO targets and drill cadence (empty = none).
 * Each commit is one undoable step ("Set RTO target of tier-1 to 45m"). FX thread only.
 */
public final class TierEditorModel {
    private final PlanDocument document;
    private final FieldModel<String> name;
    private final ChoiceModel<String> color;
    private final FieldModel<Duration> rtoTarget;
    private final FieldModel<Duration> rpoTarget;
    private final FieldModel<Duration> drillCadence;
    private String tierId;

    public TierEditorModel(PlanDocument document) {
        this.document = document;
        name = FieldModel.text(value -> change("Rename tier " + tierId + " to " + value, t -> t.withName(value)));
        color = new ChoiceModel<>(hex -> hex, value -> change("Recolour tier " + tierId, t -> t.withColor(value)));
        rtoTarget = new FieldModel<>(Durations::parse, Durations::format, value -> change(
                "Set RTO target of " + tierId + " to " + Durations.format(value), t -> t.withTargets(value, t.rpoTarget())));
        rpoTarget = new FieldModel<>(Durations::parse, Durations::format, value -> change(
                "Set RPO target of " + tierId + " to " + Durations.format(value), t -> t.withTargets(t.rtoTarget(), value)));
        drillCadence = new FieldModel<>(Parsers::optionalDuration, Durations::format, value -> change(
                value == null ? "Clear drill cadence of " + tierId
                        : "Set drill cadence of " + tierId + " to " + Durations.format(value),
                t -> t.withDrillCadence(value)));
    }

    private void change(String description, UnaryOperator<TierPolicy> edit) {
        String id = tierId;
        document.apply(description, plan -> {
            TierPolicy tier = plan.tier(id).orElseThrow(() -> new IllegalArgumentException("the tier is no longer in the plan"));
            return replace(plan, edit.apply(tier));
        });
    }

    /** {@code plan} with {@code tier} in place of the tier with the same id. */
    static Plan replace(Plan plan, TierPolicy tier) {
        return plan.withTiers(plan.tiers().stream().map(t -> t.id().equals(tier.id()) ? tier : t).toList());
    }

    /** Shows {@code tier}; {@code reset} drops edits in progress (another tier). */
    public void show(TierPolicy tier, boolean reset) {
        tierId = tier.id();
        name.show(tier.name(), reset);
        color.show(tier.color(), List.of());
        rtoTarget.show(Durations.format(tier.rtoTarget()), reset);
        rpoTarget.show(Durations.format(tier.rpoTarget()), reset);
        drillCadence.show(Durations.format(tier.drillCadence()), reset);
    }

    public void commitPending() {
        List.of(name, rtoTarget, rpoTarget, drillCadence).forEach(FieldModel::commit);
    }

    /** The shown tier's id; {@code null} before one is shown. */
    public String tierId() {
        return tierId;
    }

    public FieldModel<String> name() {
        return name;
    }

    /** The colour as {@code #rrggbb}; a new value is applied at once. */
    public ChoiceModel<String> color() {
        return color;
    }

    public FieldModel<Duration> rtoTarget() {
        return rtoTarget;
    }

    public FieldModel<Duration> rpoTarget() {
        return rpoTarget;
    }

    public FieldModel<Duration> drillCadence() {
        return drillCadence;
    }
}
