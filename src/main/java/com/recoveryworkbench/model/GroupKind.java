package com.recoveryworkbench.model;

/**
 * The groupings the map can draw services in and fold: by region, by owner team, or by the named group a
 * person put them in ({@link Service#group()}). A service whose region (owner, group) is empty belongs to
 * no group of that kind. Immutable.
 */
public enum GroupKind {
    REGION, OWNER, GROUP;

    /** The group {@code s} belongs to under this kind; empty for none. */
    public String groupOf(Service s) {
        return switch (this) {
            case REGION -> s.region();
            case OWNER -> s.owner();
            case GROUP -> s.group();
        };
    }

    /** The word for several groups of this kind, as a person reads it: "regions", "owners", "groups". */
    public String plural() {
        return switch (this) {
            case REGION -> "regions";
            case OWNER -> "owners";
            case GROUP -> "groups";
        };
    }
}
