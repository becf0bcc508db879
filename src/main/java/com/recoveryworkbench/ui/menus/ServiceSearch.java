package com.recoveryworkbench.ui.menus;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.io.export.VerdictLook;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds services by what people remember of them: a case-insensitive substring of the name, id,
 * owner, tier, region or kind, or their verdict in the analysis ("missed", "risk", "blocked",
 * "incomplete", "meets": a word of the verdict starting with the query, at least three letters so
 * that short queries do not match half the plan). Pure; any thread.
 */
public final class ServiceSearch {
    private static final int MIN_VERDICT_QUERY = 3;

    private ServiceSearch() {
    }

    /**
     * The ids of the services matching {@code query}, sorted by name then id; empty for a blank
     * {@code query} (never {@code null}). {@code analysis} may be {@code null} (no verdicts yet).
     */
    public static List<String> matches(Plan plan, Analysis analysis, String query) {
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        return plan.services().stream()
                .filter(s -> matches(s, needle) || verdictMatches(analysis, s.id(), needle))
                .sorted(Comparator.comparing(Service::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Service::id))
                .map(Service::id)
                .toList();
    }

    private static boolean verdictMatches(Analysis analysis, String id, String needle) {
        if (analysis == null || needle.length() < MIN_VERDICT_QUERY) {
            return false;
        }
        return analysis.result(id).map(r -> VerdictLook.of(r.verdict()).label().toLowerCase(Locale.ROOT))
                .map(label -> Arrays.stream(label.split(" ")).anyMatch(word -> word.startsWith(needle)))
                .orElse(false);
    }

    private static boolean matches(Service s, String needle) {
        return Stream.of(s.name(), s.id(), s.owner(), s.tier(), s.region(), s.kind().code())
                .anyMatch(field -> field.toLowerCase(Locale.ROOT).contains(needle));
    }
}
