package com.recoveryworkbench.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A class of business criticality: the RTO and RPO its services must meet, how often a restore
 * drill should prove it ({@code null} when not set), the colour it is drawn with ({@code #rrggbb}),
 * and what an hour of downtime of one of its services costs, in the plan's currency ({@code null}
 * when not known; see {@link DowntimeRate}).
 */
public record TierPolicy(String id, String name, Duration rtoTarget, Duration rpoTarget, Duration drillCadence,
                         String color, BigDecimal downtimeCostPerHour) {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    public TierPolicy {
        Ids.requireValid(id, "tier id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rtoTarget, "rtoTarget");
        Objects.requireNonNull(rpoTarget, "rpoTarget");
        Durations.requireValid(rtoTarget, "RTO target");
        Durations.requireValid(rpoTarget, "RPO target");
        Durations.requireValid(drillCadence, "drill cadence");
        if (color == null || !COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("tier colour must look like #1f77b4, was " + color);
        }
        color = color.toLowerCase(java.util.Locale.ROOT);
        downtimeCostPerHour = DowntimeRate.requireValid(downtimeCostPerHour, "downtime cost per hour");
    }

    /** A tier without a cost of downtime. */
    public TierPolicy(String id, String name, Duration rtoTarget, Duration rpoTarget, Duration drillCadence,
                      String color) {
        this(id, name, rtoTarget, rpoTarget, drillCadence, color, null);
    }

    /** The four tiers every new plan starts with; editable afterwards. */
    public static List<TierPolicy> defaults() {
        return List.of(
                new TierPolicy("tier-0", "Mission critical", Duration.ofMinutes(15), Duration.ofMinutes(5),
                        Duration.ofDays(30), "#b2182b"),
                new TierPolicy("tier-1", "Business critical", Duration.ofHours(1), Duration.ofMinutes(15),
                        Duration.ofDays(90), "#ef8a62"),
                new TierPolicy("tier-2", "Business operational", Duration.ofHours(4), Duration.ofHours(1),
                        Duration.ofDays(180), "#67a9cf"),
                new TierPolicy("tier-3", "Administrative", Duration.ofHours(24), Duration.ofHours(24),
                        Duration.ofDays(365), "#999999"));
    }

    /**
     * The drill cadence that applies to this tier: its own, else for a tier with one of the default ids
     * the default's ({@code tier-0} 30 days, {@code tier-1} 90, {@code tier-2} 180, {@code tier-3} 365),
     * else none: such a tier asks for no drills.
     */
    public Optional<Duration> drillCadenceOrDefault() {
        if (drillCadence != null) {
            return Optional.of(drillCadence);
        }
        return defaults().stream().filter(t -> t.id.equals(id)).findFirst().map(TierPolicy::drillCadence);
    }

    public TierPolicy withName(String newName) {
        return new TierPolicy(id, newName, rtoTarget, rpoTarget, drillCadence, color, downtimeCostPerHour);
    }

    public TierPolicy withTargets(Duration rto, Duration rpo) {
        return new TierPolicy(id, name, rto, rpo, drillCadence, color, downtimeCostPerHour);
    }

    public TierPolicy withDrillCadence(Duration cadence) {
        return new TierPolicy(id, name, rtoTarget, rpoTarget, cadence, color, downtimeCostPerHour);
    }

    public TierPolicy withColor(String newColor) {
        return new TierPolicy(id, name, rtoTarget, rpoTarget, drillCadence, newColor, downtimeCostPerHour);
    }

    /** @param rate per hour in the plan's currency; {@code null} when not known */
    public TierPolicy withDowntimeCostPerHour(BigDecimal rate) {
        return new TierPolicy(id, name, rtoTarget, rpoTarget, drillCadence, color, rate);
    }
}
