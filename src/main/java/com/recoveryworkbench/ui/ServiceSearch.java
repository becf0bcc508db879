package com.recoveryworkbench.ui;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds services by what people remember of them: a case-insensitive substring of the name, id,
 * owner, tier, region or kind. Pure; any thread.
 */
public final class ServiceSearch {
    private ServiceSearch() {
    }

    /**
     * The ids of the services matching {@code query}, sorted by name then id; empty for a blank
     * {@code query} (never {@code null}).
     */
    public static List<String> matches(Plan plan, String query) {
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        return plan.services().stream()
                .filter(s -> matches(s, needle))
                .sorted(Comparator.comparing(Service::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Service::id))
                .map(Service::id)
                .toList();
    }

    private static boolean matches(Service s, String needle) {
        return Stream.of(s.name(), s.id(), s.owner(), s.tier(), s.region(), s.kind().code())
                .anyMatch(field -> field.toLowerCase(Locale.ROOT).contains(needle));
    }
}
