package com.recoveryworkbench.io;

import static com.recoveryworkbench.io.ObjectReader.OPTIONAL;
import static com.recoveryworkbench.io.ObjectReader.REQUIRED;

import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.ProtectionMethod;
import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.RestoreTimeRange;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;

/** Reads one entry of {@code services}, reporting every problem in it. One instance per read. */
final class ServiceDecoder {
    private static final Set<String> KEYS = Set.of("id", "name", "kind", "tier", "restoreTime", "stateful",
            "protection", "strategy", "rtoTarget", "rpoTarget", "owner", "region", "group", "standbyRegion", "failoverTime", "notes", "position",
            "downtimeCostPerHour", "restoreTimeRange");
    private static final Set<String> RANGE_KEYS = Set.of("min", "max");
    private static final Set<String> PROTECTION_KEYS = Set.of("method", "interval", "transfer");
    private static final Set<String> POSITION_KEYS = Set.of("x", "y", "pinned", "layer");
    private static final String LAYER = "a whole number from 1 to " + Service.MAX_LAYER;

    private static final KnownCodes<ServiceKind> KINDS =
            KnownCodes.of(ServiceKind.values(), ServiceKind::code, ServiceKind::fromCode);
    private static final KnownCodes<ProtectionMethod> METHODS =
            KnownCodes.of(ProtectionMethod.values(), ProtectionMethod::code, ProtectionMethod::fromCode);
    private static final KnownCodes<RecoveryStrategy> STRATEGIES =
            KnownCodes.of(RecoveryStrategy.values(), RecoveryStrategy::code, RecoveryStrategy::fromCode);

    private final Problems problems;

    ServiceDecoder(Problems problems) {
        this.problems = problems;
    }

    /**
     * @param id the entry's id, already read and checked by the caller (who also checks uniqueness);
     *           {@code null} when it was invalid
     * @return the service, or {@code null} when the entry has errors (all reported)
     */
    Service decode(ObjectReader entry, String id) {
        int errorsBefore = problems.errorCount();
        entry.warnUnknownKeys(KEYS);
        String name = entry.string("name", OPTIONAL);
        ServiceKind kind = entry.code("kind", REQUIRED, KINDS);
        String tier = entry.string("tier", REQUIRED);
        Duration restoreTime = entry.duration("restoreTime", OPTIONAL);
        Boolean stateful = entry.bool("stateful", OPTIONAL);
        DataProtection protection = protection(entry.child("protection"));
        RecoveryStrategy strategy = entry.code("strategy", OPTIONAL, STRATEGIES);
        Duration rtoTarget = entry.duration("rtoTarget", OPTIONAL);
        Duration rpoTarget = entry.duration("rpoTarget", OPTIONAL);
        String owner = entry.string("owner", OPTIONAL);
        String region = entry.string("region", OPTIONAL);
        String group = entry.string("group", OPTIONAL);
        String standbyRegion = entry.string("standbyRegion", OPTIONAL);
        Duration failoverTime = entry.duration("failoverTime", OPTIONAL);
        String notes = entry.string("notes", OPTIONAL);
        BigDecimal downtimeCost = entry.downtimeRate("downtimeCostPerHour");
        RestoreTimeRange range = range(entry, restoreTime);
        ObjectReader place = entry.child("position");
        Position position = position(place);
        boolean pinned = place != null && Boolean.TRUE.equals(place.bool("pinned", OPTIONAL));
        Integer layer = place == null ? null : layer(place);
        if (id == null || problems.errorCount() > errorsBefore) {
            return null;
        }
        return new Service(id, name, kind, tier, restoreTime, stateful, protection, strategy, rtoTarget, rpoTarget,
                owner, region, standbyRegion, failoverTime, notes, position, pinned, layer, downtimeCost, range, group);
    }

    /** The restore range, checked against itself and the likely restore time; {@code null} when absent or wrong. */
    private static RestoreTimeRange range(ObjectReader entry, Duration likely) {
        ObjectReader range = entry.child("restoreTimeRange");
        if (range == null) {
            return null;
        }
        range.warnUnknownKeys(RANGE_KEYS);
        Duration min = range.duration("min", REQUIRED);
        Duration max = range.duration("max", REQUIRED);
        if (min == null || max == null) {
            return null;
        }
        if (min.isZero() || max.isZero()) {
            range.problem(min.isZero() ? "min" : "max", "expected a duration of more than zero, found \"PT0S\"");
            return null;
        }
        if (min.compareTo(max) > 0) {
            range.problem("min", "the shortest restore time " + Durations.format(min)
                    + " is longer than the longest (max) " + Durations.format(max));
            return null;
        }
        RestoreTimeRange result = new RestoreTimeRange(min, max);
        if (likely == null) {
            entry.problem("restoreTimeRange", "a restore range needs a restoreTime (the likely value) within it");
            return null;
        }
        if (!result.contains(likely)) {
            entry.problem("restoreTimeRange", "restoreTime " + Durations.format(likely) + " is outside the range "
                    + RestoreTimeRange.format(result) + "; the likely value must lie between min and max");
            return null;
        }
        return result;
    }

    private DataProtection protection(ObjectReader protection) {
        if (protection == null) {
            return DataProtection.NONE;
        }
        protection.warnUnknownKeys(PROTECTION_KEYS);
        ProtectionMethod method = protection.code("method", REQUIRED, METHODS);
        Duration interval = protection.duration("interval", OPTIONAL);
        Duration transfer = protection.duration("transfer", OPTIONAL);
        return method == null ? null : new DataProtection(method, interval, transfer);
    }

    private Position position(ObjectReader position) {
        if (position == null) {
            return Position.ORIGIN;
        }
        position.warnUnknownKeys(POSITION_KEYS);
        Double x = position.number("x", REQUIRED);
        Double y = position.number("y", REQUIRED);
        return x == null || y == null ? null : new Position(x, y);
    }

    private static Integer layer(ObjectReader position) {
        BigDecimal layer = position.wholeNumber("layer", OPTIONAL);
        if (layer == null) {
            return null;
        }
        if (layer.compareTo(BigDecimal.ONE) < 0 || layer.compareTo(BigDecimal.valueOf(Service.MAX_LAYER)) > 0) {
            position.problem("layer", "expected " + LAYER + ", found " + position.found("layer"));
            return null;
        }
        return layer.intValueExact();
    }
}
