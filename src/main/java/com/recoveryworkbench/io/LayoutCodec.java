package com.recoveryworkbench.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.recoveryworkbench.model.FoldedGroups;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and writes the plan's {@code layout}: view settings of the map that no analysis reads, today
 * the folded groups ({@code foldedRegions}, {@code foldedOwners}, {@code foldedGroups}). Written last, and only when something
 * is folded, so that files without folds stay as they were. Stateless.
 */
final class LayoutCodec {
    private static final Set<String> KEYS = Set.of("foldedRegions", "foldedOwners", "foldedGroups");

    private LayoutCodec() {
    }

    /**
     * The folded groups of {@code layout} ({@code null} when the file has none). A name that is not a
     * non-empty string is an error at its place; a name listed twice is a warning, and kept once.
     */
    static FoldedGroups decode(ObjectReader layout, Problems problems) {
        if (layout == null) {
            return FoldedGroups.NONE;
        }
        layout.warnUnknownKeys(KEYS);
        return new FoldedGroups(new TreeSet<>(names(layout, "foldedRegions", problems)),
                new TreeSet<>(names(layout, "foldedOwners", problems)),
                new TreeSet<>(names(layout, "foldedGroups", problems)));
    }

    private static List<String> names(ObjectReader layout, String key, Problems problems) {
        Set<String> seen = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (ObjectReader.LocatedText name : layout.strings(key)) {
            String value = name.value().strip();
            if (seen.add(value)) {
                names.add(value);
            } else {
                problems.warn(name.at(), name.path(), "\"" + value + "\" is listed twice; it is folded once");
            }
        }
        return names;
    }

    static void encode(JsonGenerator json, FoldedGroups folded) throws IOException {
        if (folded.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart("layout");
        names(json, "foldedRegions", folded.regions());
        names(json, "foldedOwners", folded.owners());
        names(json, "foldedGroups", folded.groups());
        json.writeEndObject();
    }

    private static void names(JsonGenerator json, String key, Collection<String> names) throws IOException {
        if (names.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart(key);
        for (String name : names) {
            json.writeString(name);
        }
        json.writeEndArray();
    }
}
