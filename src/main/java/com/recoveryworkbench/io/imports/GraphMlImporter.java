package com.recoveryworkbench.io.imports;

import com.recoveryworkbench.io.Imported;
import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.PlanProblem;
import com.recoveryworkbench.model.Ids;
import com.recoveryworkbench.model.TierPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Imports GraphML, as our export and yEd write it. Each {@code <node>} (also inside a group) becomes a
 * service: its id made a valid service id by {@link NodeIds}, its name the first line of a
 * {@code <data>} whose key is named {@code label} or {@code name}, else of yEd's first
 * {@code y:NodeLabel}, and its tier a {@code <data>} keyed {@code tier} (our export writes it). Each
 * {@code <edge source=a target=b>} is a hard dependency of {@code a} on {@code b}, the direction our
 * export writes; soft when its {@code <data>} keyed {@code type} says {@code soft}. Hyperedges are left
 * out with a warning.
 *
 * <p>Read with a hardened StAX parser ({@link SafeXml}); a DOCTYPE is refused outright. Problems point
 * just past the start tag of the element at fault, where StAX leaves its position. Missing ids,
 * a node id used twice and edges to nodes the graph does not have are all reported together.
 * Stateless and thread-safe.
 */
final class GraphMlImporter {
    private GraphMlImporter() {
    }

    static Imported importText(String text, String source, String planName) throws PlanFileException {
        GraphMlReader reader;
        XMLStreamReader xml = null;
        try {
            xml = SafeXml.reader(text);
            reader = new GraphMlReader(xml, source);
            reader.read();
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw PlanFileException.cannotImport(source, List.of(new PlanProblem(source,
                    at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(), "",
                    "not well-formed XML: " + reason(e))), e);
        } finally {
            close(xml);
        }
        return build(reader, source, planName);
    }

    private static Imported build(GraphMlReader reader, String source, String planName) throws PlanFileException {
        List<PlanProblem> errors = new ArrayList<>(reader.errors());
        GraphDraft draft = new GraphDraft(source);
        Map<String, GraphMlNode> byId = new HashMap<>();
        for (GraphMlNode node : reader.nodes()) {
            GraphMlNode first = byId.putIfAbsent(node.id, node);
            if (first != null) {
                errors.add(new PlanProblem(source, node.line, node.column, "", "the node id '" + node.id
                        + "' is used twice; first at line " + first.line + ", column " + first.column));
                continue;
            }
            NodeDraft service = draft.node(node.id, node.id, node.line, node.column);
            service.name = node.label() == null ? null : DotLabels.firstLine(node.label());
            service.tier = tier(node, draft);
        }
        for (GraphMlEdge edge : reader.edges()) {
            for (String end : List.of(edge.source(), edge.target())) {
                if (!byId.containsKey(end)) {
                    errors.add(new PlanProblem(source, edge.line(), edge.column(), "", "the edge " + edge.source()
                            + " → " + edge.target() + " names '" + end + "', which is not a node of the graph"));
                }
            }
            if (byId.containsKey(edge.source()) && byId.containsKey(edge.target())) {
                draft.edge(edge.source(), edge.target(), edge.soft(), edge.line(), edge.column());
            }
        }
        if (!errors.isEmpty()) {
            throw PlanFileException.cannotImport(source, errors, null);
        }
        reader.warnings().forEach(w -> draft.warn(w.line(), w.column(), w.field(), w.message()));
        if (reader.undirected()) {
            draft.warn(0, 0, "", "the graph is undirected: each edge is read as its source depending on its target");
        }
        return draft.build(planName);
    }

    /** The tier a node's data gives, when it is a usable id; anything else is left out with a warning. */
    private static String tier(GraphMlNode node, GraphDraft draft) {
        if (node.tier == null || node.tier.isEmpty()) {
            return null;
        }
        if (!Ids.isValid(node.tier)) {
            draft.warn(node.line, node.column, "", "'" + node.tier + "' is not a tier id; the service gets tier-2");
            return null;
        }
        if (TierPolicy.defaults().stream().noneMatch(t -> t.id().equals(node.tier))) {
            draft.warn(node.line, node.column, "", "tier '" + node.tier + "' is not one of the default tiers tier-0 …"
                    + " tier-3; it is kept, and the analysis reports it as unknown-tier until the plan defines it");
        }
        return node.tier;
    }

    private static String reason(XMLStreamException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int detail = message.indexOf("Message: ");
        return detail >= 0 ? message.substring(detail + "Message: ".length()).strip() : message;
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // Nothing to release beyond a string: a failing close changes nothing.
            }
        }
    }
}
