package com.recoveryworkbench.io.imports;

import com.recoveryworkbench.io.PlanFileException;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads untrusted YAML into node trees with snakeyaml-engine, which builds no objects of arbitrary
 * types. Before anything is composed, one pass over the parser's events refuses a file with more than
 * {@value #MAX_ALIASES} aliases (a "billion laughs" bomb needs many) or collections nested more than
 * {@value #MAX_DEPTH} deep (the composer recurses); duplicate keys are errors; at most
 * {@value ImportSource#MAX_FILE_BYTES} code points are read. Stateless and thread-safe.
 */
final class SafeYaml {
    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 64;

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
                .build();
        try {
            checkShape(new Parse(settings).parseString(text), source);
            List<Node> documents = new ArrayList<>();
            new Compose(settings).composeAllFromString(text).forEach(documents::add);
            return documents;
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

    static PlanFileException at(String source, Mark mark, String message) {
        return mark == null ? PlanFileException.cannotImport(source, 0, 0, message)
                : PlanFileException.cannotImport(source, mark.getLine() + 1, mark.getColumn() + 1, message);
    }
}
