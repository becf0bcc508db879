package com.recoveryworkbench.io.imports;

import java.util.Locale;
import java.util.Optional;

/**
 * A Backstage entity reference, {@code [kind:][namespace/]name} ({@code component:default/auth},
 * {@code resource:orders-db}, {@code auth}). Backstage compares references without regard to case, so
 * {@link #key()} is lower case. Immutable.
 */
record EntityRef(String kind, String namespace, String name) {

    /** Reads {@code text}, filling in a missing kind or namespace; empty when the name is missing. */
    static Optional<EntityRef> parse(String text, String defaultKind, String defaultNamespace) {
        String rest = text.strip();
        String kind = defaultKind;
        int colon = rest.indexOf(':');
        if (colon >= 0) {
            kind = rest.substring(0, colon).strip();
            rest = rest.substring(colon + 1).strip();
        }
        String namespace = defaultNamespace;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            namespace = rest.substring(0, slash).strip();
            rest = rest.substring(slash + 1).strip();
        }
        if (rest.isEmpty() || kind.isEmpty() || namespace.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EntityRef(kind, namespace, rest));
    }

    /** Whether this is a Component or a Resource, the kinds that become services. */
    boolean isService() {
        String lower = kind.toLowerCase(Locale.ROOT);
        return lower.equals("component") || lower.equals("resource");
    }

    String key() {
        return (kind + ":" + namespace + "/" + name).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return kind.toLowerCase(Locale.ROOT) + ":" + namespace + "/" + name;
    }
}
