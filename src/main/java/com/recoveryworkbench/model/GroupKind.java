package com.recoveryworkbench.model;

/**
 * The groupings the map can draw services in and fold: by region, or by owner team. A service whose
 * region (owner) is empty belongs to no group of that kind. Immutable.
 */
public enum GroupKind {
    REGION, OWNER;

    /** The group {@code s} belongs to under this kind; empty for none. */
    public String groupOf(Service s) {
        return this == REGION ? s.region() : s.owner();
    }
}
