package com.recoveryworkbench.io.imports;

import com.recoveryworkbench.io.PlanFileException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads untrusted YAML into node trees with snakeyaml-engine, which builds no objects of arbitrary
 * types. Before anything is composed, one pass over the parser's events refuses a file with more than
 * {@value #MAX_ALIASES} aliases (a "billion laughs" bomb needs many) or collections nested more than
 * {@value #MAX_DEPTH} deep (the composer recurses); duplicate keys are errors, found in the composed
 * nodes (the engine itself checks them only when it constructs objects, which we never do); a character
 * YAML forbids (a NUL byte) is reported with its line and column; at most
 * {@value ImportSource#MAX_FILE_BYTES} code points are read. Stateless and thread-safe.
 */
final class SafeYaml {
    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 64;
    private static final int MIN_BUFFER = 1024;

    private SafeYaml() {
    }

    /** The documents of {@code text}, in order; an empty document is left out. */
    static List<Node> documents(String text, String source) throws PlanFileException {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(source)
                .setCodePointLimit((int) ImportSource.MAX_FILE_BYTES)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setUseMarks(true)
                // The whole text in one window: with the default 1 KB one, the reader copies what it
                // holds again for every kilobyte of a long scalar, and 10 MB took a minute.
                .setBufferSize(Math.max(MIN_BUFFER, text.length() + 1))
                .build();
        try {
            checkShape(new Parse(settings).parseString(text), source);
            List<Node> documents = new ArrayList<>();
            new Compose(settings).composeAllFromString(text).forEach(documents::add);
            Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Node document : documents) {
                refuseDuplicateKeys(document, source, seen);
            }
            return documents;
        } catch (ReaderException e) {
            // The reader names the offending character by its index among the code points only.
            int[] place = lineAndColumn(text, e.getPosition());
            throw PlanFileException.cannotImport(source, place[0], place[1], String.format(Locale.ROOT,
                    "not valid YAML: the character U+%04X is not allowed in YAML", e.getCodePoint()));
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
            throw at(source, mark, "not valid YAML: " + problem.strip());
        } catch (YamlEngineException e) {
            throw PlanFileException.cannotImport(source, 0, 0, "not valid YAML: " + e.getMessage());
        }
    }

    private static void checkShape(Iterable<Event> events, String source) throws PlanFileException {
        int aliases = 0;
        int depth = 0;
        for (Event event : events) {
            switch (event.getEventId()) {
                case Alias -> {
                    if (++aliases > MAX_ALIASES) {
                        throw at(source, event.getStartMark().orElse(null), "more than " + MAX_ALIASES
                                + " aliases; refused as a possible YAML bomb (a catalog needs few, if any)");
                    }
                }
                case MappingStart, SequenceStart -> {
                    if (++depth > MAX_DEPTH) {
                        throw at(source, event.getStartMark().orElse(null), "lists and maps nested more than "
                                + MAX_DEPTH + " deep; a catalog entity needs a handful");
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                default -> { }
            }
        }
    }

    /**
     * The composer keeps every key of a mapping, so a second {@code dependsOn} would otherwise be read
     * as if the first one were all (or not, depending on who reads): both are refused instead, at the
     * second. Aliased nodes are looked at once.
     */
    private static void refuseDuplicateKeys(Node node, String source, Set<Node> seen) throws PlanFileException {
        if (!seen.add(node)) {
            return;
        }
        if (node instanceof MappingNode mapping) {
            Set<String> keys = new HashSet<>();
            for (NodeTuple entry : mapping.getValue()) {
                if (entry.getKeyNode() instanceof ScalarNode key && !keys.add(key.getValue())) {
                    throw at(source, key.getStartMark().orElse(null), "the key '" + shortened(key.getValue())
                            + "' appears twice in one mapping; keep one of them");
                }
                refuseDuplicateKeys(entry.getKeyNode(), source, seen);
                refuseDuplicateKeys(entry.getValueNode(), source, seen);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                refuseDuplicateKeys(item, source, seen);
            }
        }
    }

    private static String shortened(String key) {
        return key.length() > 60 ? key.substring(0, 60) + "…" : key;
    }

    /** Line and column, from 1, of the code point at {@code index} in {@code text}. */
    private static int[] lineAndColumn(String text, int index) {
        int line = 1;
        int column = 1;
        int offset = 0;
        for (int k = 0; k < index && offset < text.length(); k++) {
            int c = text.codePointAt(offset);
            offset += Character.charCount(c);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    static PlanFileException at(String source, Mark mark, String message) {
        return mark == null ? PlanFileException.cannotImport(source, 0, 0, message)
                : PlanFileException.cannotImport(source, mark.getLine() + 1, mark.getColumn() + 1, message);
    }
}
