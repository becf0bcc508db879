package com.recoveryworkbench.analysis.diff;

import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.RestoreTimeRange;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.time.Duration;
import java.util.List;

/**
 * The fields a plan diff compares, in the order the report lists them. A service's position and its
 * layout hints (pin, forced layer) are left out on purpose: they are layout, not recovery, and
 * {@link PlanComparison#servicesMoved()} counts them separately.
 */
final class Fields {
    static final List<Field<Plan>> PLAN = List.of(
            new Field<>("name", p -> text(p.name())),
            new Field<>("description", p -> text(p.description())),
            new Field<>("totalScenario.name", p -> p.totalScenario().name()),
            new Field<>("totalScenario.description", p -> text(p.totalScenario().description())));

    static final List<Field<Service>> SERVICE = List.of(
            new Field<>("name", Service::name),
            new Field<>("kind", s -> s.kind().code()),
            new Field<>("tier", Service::tier),
            new Field<>("restoreTime", s -> duration(s.restoreTime())),
            new Field<>("restoreTimeRange", s -> s.restoreTimeRange() == null ? null
                    : RestoreTimeRange.format(s.restoreTimeRange())),
            new Field<>("stateful", s -> s.stateful() == null ? null : s.stateful() ? "yes" : "no"),
            new Field<>("protection", s -> protection(s.protection())),
            new Field<>("strategy", s -> s.strategy() == null ? null : s.strategy().code()),
            new Field<>("rtoTarget", s -> duration(s.rtoTarget())),
            new Field<>("rpoTarget", s -> duration(s.rpoTarget())),
            new Field<>("owner", s -> text(s.owner())),
            new Field<>("region", s -> text(s.region())),
            new Field<>("group", s -> text(s.group())),
            new Field<>("standbyRegion", s -> text(s.standbyRegion())),
            new Field<>("failoverTime", s -> duration(s.failoverTime())),
            new Field<>("notes", s -> text(s.notes())),
            new Field<>("downtimeCostPerHour", s -> money(s.downtimeCostPerHour())));

    static final List<Field<Scenario>> SCENARIO = List.of(
            new Field<>("name", Scenario::name),
            new Field<>("description", s -> text(s.description())),
            new Field<>("regions", s -> list(s.regions())),
            new Field<>("services", s -> list(s.services())),
            new Field<>("dataCorruption", s -> s.dataCorruption() ? "yes" : null),
            new Field<>("declarationDelay", s -> duration(s.declarationDelay())));

    static final List<Field<TierPolicy>> TIER = List.of(
            new Field<>("name", TierPolicy::name),
            new Field<>("rtoTarget", t -> duration(t.rtoTarget())),
            new Field<>("rpoTarget", t -> duration(t.rpoTarget())),
            new Field<>("drillCadence", t -> duration(t.drillCadence())),
            new Field<>("color", TierPolicy::color),
            new Field<>("downtimeCostPerHour", t -> money(t.downtimeCostPerHour())));

    static final List<Field<Settings>> SETTINGS = List.of(
            new Field<>("declarationDelay", s -> duration(s.declarationDelay())),
            new Field<>("restoreCapacity",
                    s -> s.capacityLimited() ? Integer.toString(s.restoreCapacity()) : "unlimited"),
            new Field<>("currency", s -> text(s.currency())),
            // Like the file, which writes the horizon only when it is not the default: a plain plan shows none.
            new Field<>("horizon", s -> s.horizon().equals(Settings.DEFAULT_HORIZON) ? null : duration(s.horizon())));

    static final List<Field<Drill>> DRILL = List.of(
            new Field<>("date", d -> d.date().toString()),
            new Field<>("name", Drill::name),
            new Field<>("scenario", Drill::scenario),
            new Field<>("notes", d -> text(d.notes())));

    private Fields() {
    }

    private static String text(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String money(java.math.BigDecimal rate) {
        return rate == null ? null : rate.toPlainString();
    }

    private static String list(List<String> values) {
        return values.isEmpty() ? null : String.join(", ", values);
    }

    private static String duration(Duration d) {
        return d == null ? null : Durations.format(d);
    }

    /** "backup every 1h, transfer 10m"; the method alone when it has no figures. */
    static String protection(DataProtection p) {
        StringBuilder text = new StringBuilder(p.method().code());
        if (p.interval() != null) {
            text.append(" every ").append(Durations.format(p.interval()));
        }
        if (p.transfer() != null) {
            text.append(", transfer ").append(Durations.format(p.transfer()));
        }
        return text.toString();
    }
}
