package com.recoveryworkbench.model;

import java.util.Locale;

/** What a service is; decides whether it holds data when the plan does not say. */
public enum ServiceKind {
    APPLICATION, DATABASE, STORAGE, CACHE, QUEUE, NETWORK, IDENTITY, EXTERNAL;

    /** Databases, storage and queues hold data that can be lost; the rest are stateless by default. */
    public boolean statefulByDefault() {
        return this == DATABASE || this == STORAGE || this == QUEUE;
    }

    /** The lower-case word used in files, CSV and the command line ("database"). */
    public String code() {
        return EnumCodes.of(this);
    }

    /** Parses {@link #code()}, case-insensitively; throws {@link IllegalArgumentException} naming the choices. */
    public static ServiceKind fromCode(String code) {
        return EnumCodes.parse(ServiceKind.class, code);
    }
}
