package com.recoveryworkbench.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Comparator;
import java.util.Objects;

/**
 * A box on the map. Immutable: change one with {@link #toBuilder()}.
 *
 * <p>Optional facts are {@code null} when the plan does not know them: {@code restoreTime} (reported
 * as missing data), {@code stateful} (then {@link ServiceKind#statefulByDefault()} decides),
 * {@code strategy}, {@code failoverTime} (reported as missing data when a scenario fails the service
 * over), and the RTO/RPO overrides (then the tier's targets apply). Text fields are never
 * {@code null}; empty means not set.
 *
 * <p>{@code standbyRegion} is where the service's standby (pilot light, warm standby) or second
 * active copy (active-active) runs, and {@code failoverTime} how long switching to that standby takes.
 * They decide what a service must do when a scenario takes out its region (docs/recovery-rules.md).
 *
 * <p>{@code group} is the named group a person put the service in (one at most, "Payments"), which the map
 * can draw as a lane and fold like a region or an owner team; empty when it is in none. No analysis reads it.
 *
 * <p>{@code downtimeCostPerHour} overrides the tier's cost of an hour of downtime for this service
 * ({@code null}: the tier's applies).
 *
 * <p>{@code restoreTimeRange} is how short and how long the restore may take ({@code null}: not known, the
 * restore time is taken as exact). When given, the service has a restore time and it lies within the range.
 *
 * <p>Two layout hints say what "Arrange" may do with the card: {@code pinned} keeps it where it is, and
 * {@code layer} (1-based, {@code null} when free) puts it into that layer of the arranged map.
 */
public record Service(String id, String name, ServiceKind kind, String tier, Duration restoreTime,
                      Boolean stateful, DataProtection protection, RecoveryStrategy strategy,
                      Duration rtoTarget, Duration rpoTarget, String owner, String region, String standbyRegion,
                      Duration failoverTime, String notes, Position position, boolean pinned, Integer layer,
                      BigDecimal downtimeCostPerHour, RestoreTimeRange restoreTimeRange, String group) {

    public static final Comparator<Service> BY_ID = Comparator.comparing(Service::id);
    /** The highest layer a service can be forced into: far more layers than any readable map has. */
    public static final int MAX_LAYER = 10_000;

    public Service {
        Ids.requireValid(id, "service id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(protection, "protection");
        Objects.requireNonNull(position, "position");
        Durations.requireValid(restoreTime, "restore time");
        Durations.requireValid(rtoTarget, "RTO target");
        Durations.requireValid(rpoTarget, "RPO target");
        Durations.requireValid(failoverTime, "failover time");
        name = name == null || name.isBlank() ? id : name.strip();
        owner = owner == null ? "" : owner.strip();
        region = region == null ? "" : region.strip();
        standbyRegion = standbyRegion == null ? "" : standbyRegion.strip();
        group = group == null ? "" : group.strip();
        notes = notes == null ? "" : notes;
        if (layer != null && (layer < 1 || layer > MAX_LAYER)) {
            throw new IllegalArgumentException("layer must be from 1 to " + MAX_LAYER + ", was " + layer);
        }
        downtimeCostPerHour = DowntimeRate.requireValid(downtimeCostPerHour, "downtime cost per hour");
        requireWithin(restoreTimeRange, restoreTime);
    }

    private static void requireWithin(RestoreTimeRange range, Duration likely) {
        if (range == null) {
            return;
        }
        if (likely == null) {
            throw new IllegalArgumentException("a restore range needs a restore time (the likely value) within it");
        }
        if (!range.contains(likely)) {
            throw new IllegalArgumentException("the restore time " + Durations.format(likely)
                    + " is outside the restore range " + RestoreTimeRange.format(range));
        }
    }

    /** A service in no named group. */
    public Service(String id, String name, ServiceKind kind, String tier, Duration restoreTime, Boolean stateful,
                   DataProtection protection, RecoveryStrategy strategy, Duration rtoTarget, Duration rpoTarget,
                   String owner, String region, String standbyRegion, Duration failoverTime, String notes,
                   Position position, boolean pinned, Integer layer, BigDecimal downtimeCostPerHour,
                   RestoreTimeRange restoreTimeRange) {
        this(id, name, kind, tier, restoreTime, stateful, protection, strategy, rtoTarget, rpoTarget, owner, region,
                standbyRegion, failoverTime, notes, position, pinned, layer, downtimeCostPerHour, restoreTimeRange, "");
    }

    /** A service with the given cost of downtime and no restore range. */
    public Service(String id, String name, ServiceKind kind, String tier, Duration restoreTime, Boolean stateful,
                   DataProtection protection, RecoveryStrategy strategy, Duration rtoTarget, Duration rpoTarget,
                   String owner, String region, String standbyRegion, Duration failoverTime, String notes,
                   Position position, boolean pinned, Integer layer, BigDecimal downtimeCostPerHour) {
        this(id, name, kind, tier, restoreTime, stateful, protection, strategy, rtoTarget, rpoTarget, owner, region,
                standbyRegion, failoverTime, notes, position, pinned, layer, downtimeCostPerHour, null, "");
    }

    /** A service that takes its cost of downtime from its tier. */
    public Service(String id, String name, ServiceKind kind, String tier, Duration restoreTime, Boolean stateful,
                   DataProtection protection, RecoveryStrategy strategy, Duration rtoTarget, Duration rpoTarget,
                   String owner, String region, String standbyRegion, Duration failoverTime, String notes,
                   Position position, boolean pinned, Integer layer) {
        this(id, name, kind, tier, restoreTime, stateful, protection, strategy, rtoTarget, rpoTarget, owner, region,
                standbyRegion, failoverTime, notes, position, pinned, layer, null, null, "");
    }

    /** A new service of the given kind in tier-2 with nothing else known. */
    public static Builder builder(String id, ServiceKind kind) {
        return new Builder(id, kind);
    }

    /** Whether this service holds data that can be lost: its own setting, else its kind's default. */
    public boolean isStateful() {
        return stateful != null ? stateful : kind.statefulByDefault();
    }

    /**
     * This service with another restore time, for a what-if or an import: the restore range stays when it
     * still holds {@code time}, and is dropped when not (a range around another likely value says nothing
     * about this one) or when {@code time} is {@code null}.
     */
    public Service withRestoreTime(Duration time) {
        return toBuilder().restoreTimeKeepingRange(time).build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public Service withPosition(Position newPosition) {
        return toBuilder().position(newPosition).build();
    }

    /** Assembles a {@link Service}; validation happens in {@link #build()}. */
    public static final class Builder {
        private String id;
        private String name;
        private ServiceKind kind;
        private String tier = "tier-2";
        private Duration restoreTime;
        private Boolean stateful;
        private DataProtection protection = DataProtection.NONE;
        private RecoveryStrategy strategy;
        private Duration rtoTarget;
        private Duration rpoTarget;
        private String owner = "";
        private String region = "";
        private String standbyRegion = "";
        private Duration failoverTime;
        private String notes = "";
        private Position position = Position.ORIGIN;
        private boolean pinned;
        private Integer layer;
        private BigDecimal downtimeCostPerHour;
        private RestoreTimeRange restoreTimeRange;
        private String group = "";

        private Builder(String id, ServiceKind kind) {
            this.id = id;
            this.kind = kind;
        }

        private Builder(Service s) {
            id = s.id;
            name = s.name;
            kind = s.kind;
            tier = s.tier;
            restoreTime = s.restoreTime;
            stateful = s.stateful;
            protection = s.protection;
            strategy = s.strategy;
            rtoTarget = s.rtoTarget;
            rpoTarget = s.rpoTarget;
            owner = s.owner;
            region = s.region;
            standbyRegion = s.standbyRegion;
            failoverTime = s.failoverTime;
            notes = s.notes;
            position = s.position;
            pinned = s.pinned;
            layer = s.layer;
            downtimeCostPerHour = s.downtimeCostPerHour;
            restoreTimeRange = s.restoreTimeRange;
            group = s.group;
        }

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder kind(ServiceKind value) {
            kind = value;
            return this;
        }

        public Builder tier(String value) {
            tier = value;
            return this;
        }

        public Builder restoreTime(Duration value) {
            restoreTime = value;
            return this;
        }

        public Builder stateful(Boolean value) {
            stateful = value;
            return this;
        }

        public Builder protection(DataProtection value) {
            protection = value;
            return this;
        }

        public Builder strategy(RecoveryStrategy value) {
            strategy = value;
            return this;
        }

        public Builder rtoTarget(Duration value) {
            rtoTarget = value;
            return this;
        }

        public Builder rpoTarget(Duration value) {
            rpoTarget = value;
            return this;
        }

        public Builder owner(String value) {
            owner = value;
            return this;
        }

        public Builder region(String value) {
            region = value;
            return this;
        }

        /** Where the standby or second active copy runs; empty when there is none. */
        public Builder standbyRegion(String value) {
            standbyRegion = value;
            return this;
        }

        /** How long a failover to the standby takes; {@code null} when unknown. */
        public Builder failoverTime(Duration value) {
            failoverTime = value;
            return this;
        }

        public Builder notes(String value) {
            notes = value;
            return this;
        }

        public Builder position(Position value) {
            position = value;
            return this;
        }

        public Builder position(double x, double y) {
            return position(new Position(x, y));
        }

        /** Whether Arrange leaves the card where it is. */
        public Builder pinned(boolean value) {
            pinned = value;
            return this;
        }

        /** The 1-based layer Arrange puts the card in; {@code null} lets the layout choose. */
        public Builder layer(Integer value) {
            layer = value;
            return this;
        }

        /** This service's own cost of an hour of downtime; {@code null} to use its tier's. */
        public Builder downtimeCostPerHour(BigDecimal value) {
            downtimeCostPerHour = value;
            return this;
        }

        /** How short and how long the restore may take; {@code null} when the restore time is taken as exact. */
        public Builder restoreTimeRange(RestoreTimeRange value) {
            restoreTimeRange = value;
            return this;
        }

        /** The named group the service is in; empty for none. */
        public Builder group(String value) {
            group = value;
            return this;
        }

        /** Sets the restore time as {@link Service#withRestoreTime(Duration)} does, dropping a range it leaves. */
        Builder restoreTimeKeepingRange(Duration time) {
            restoreTime = time;
            if (restoreTimeRange != null && (time == null || !restoreTimeRange.contains(time))) {
                restoreTimeRange = null;
            }
            return this;
        }

        public Service build() {
            return new Service(id, name, kind, tier, restoreTime, stateful, protection, strategy, rtoTarget,
                    rpoTarget, owner, region, standbyRegion, failoverTime, notes, position, pinned, layer,
                    downtimeCostPerHour, restoreTimeRange, group);
        }
    }
}
