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
 * owner, tier, region, group or kind, or their verdict in the analysis ("missed", "risk", "blocked",
 * "incomplete", "meets": a word of the verdict starting with the query, at least three letters so
 * that short queries do not match half the plan). What people mostly type is a name, so the matches
 * come in this order: names starting with the query, names containing it, ids, then the other
 * fields and verdicts; alphabetically by name within each. Pure; any thread.
 */
public final class ServiceSearch {
    private static final int MIN_VERDICT_QUERY = 3;

    private ServiceSearch() {
    }

    /** How well a service matches; lower comes first. */
    private enum Rank { NAME_START, NAME, ID, OTHER_FIELD, VERDICT, NONE }

    /**
     * The ids of the services matching {@code query}, best match first (see the class comment), then
     * by name and id; empty for a blank
     * {@code query} (never {@code null}). {@code analysis} may be {@code null} (no verdicts yet).
     */
    public static List<String> matches(Plan plan, Analysis analysis, String query) {
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        record Ranked(Service service, Rank rank) {
        }
        return plan.services().stream()
                .map(s -> new Ranked(s, rank(s, analysis, needle)))
                .filter(r -> r.rank() != Rank.NONE)
                .sorted(Comparator.comparing(Ranked::rank)
                        .thenComparing(r -> r.service().name(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(r -> r.service().id()))
                .map(r -> r.service().id())
                .toList();
    }

    private static Rank rank(Service s, Analysis analysis, String needle) {
        String name = s.name().toLowerCase(Locale.ROOT);
        if (name.startsWith(needle)) {
            return Rank.NAME_START;
        }
        if (name.contains(needle)) {
            return Rank.NAME;
        }
        if (s.id().toLowerCase(Locale.ROOT).contains(needle)) {
            return Rank.ID;
        }
        if (otherFieldMatches(s, needle)) {
            return Rank.OTHER_FIELD;
        }
        return verdictMatches(analysis, s.id(), needle) ? Rank.VERDICT : Rank.NONE;
    }

    private static boolean verdictMatches(Analysis analysis, String id, String needle) {
        if (analysis == null || needle.length() < MIN_VERDICT_QUERY) {
            return false;
        }
        return analysis.result(id).map(r -> VerdictLook.of(r.verdict()).label().toLowerCase(Locale.ROOT))
                .map(label -> Arrays.stream(label.split(" ")).anyMatch(word -> word.startsWith(needle)))
                .orElse(false);
    }

    private static boolean otherFieldMatches(Service s, String needle) {
        return Stream.of(s.owner(), s.tier(), s.region(), s.group(), s.kind().code())
                .anyMatch(field -> field.toLowerCase(Locale.ROOT).contains(needle));
    }
}
