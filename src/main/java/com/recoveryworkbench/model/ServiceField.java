package com.recoveryworkbench.model;

/**
 * The fields of a {@link Service} that an import can carry, so a merge knows which of them a file
 * actually said something about. The id is the key, never a field to carry; the position is the
 * canvas's, never an import's. An imported restore time outside the service's restore range drops the range.
 */
public enum ServiceField {
    NAME, KIND, TIER, RESTORE_TIME, STATEFUL, PROTECTION, STRATEGY, RTO_TARGET, RPO_TARGET, OWNER, REGION, STANDBY_REGION,
    FAILOVER_TIME, NOTES;

    /** {@code target} with this field taken from {@code source}. */
    Service.Builder copy(Service source, Service.Builder target) {
        return switch (this) {
            case NAME -> target.name(source.name());
            case KIND -> target.kind(source.kind());
            case TIER -> target.tier(source.tier());
            case RESTORE_TIME -> target.restoreTimeKeepingRange(source.restoreTime());
            case STATEFUL -> target.stateful(source.stateful());
            case PROTECTION -> target.protection(source.protection());
            case STRATEGY -> target.strategy(source.strategy());
            case RTO_TARGET -> target.rtoTarget(source.rtoTarget());
            case RPO_TARGET -> target.rpoTarget(source.rpoTarget());
            case OWNER -> target.owner(source.owner());
            case REGION -> target.region(source.region());
            case STANDBY_REGION -> target.standbyRegion(source.standbyRegion());
            case FAILOVER_TIME -> target.failoverTime(source.failoverTime());
            case NOTES -> target.notes(source.notes());
        };
    }
}
