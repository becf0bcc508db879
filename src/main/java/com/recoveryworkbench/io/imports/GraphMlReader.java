package com.recoveryworkbench.io.imports;

import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.PlanProblem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks a GraphML document once, event by event, collecting nodes, their labels and tiers, and edges
 * (see {@link GraphMlImporter} for the rules). Elements are matched by local name, so files with or
 * without the GraphML namespace and yEd's {@code y:} elements read alike. Not thread-safe; one per file.
 */
final class GraphMlReader {
    private final XMLStreamReader xml;
    private final String source;
    /** Key id → what it means ({@code attr.name}, lower case; the id itself when there is none). */
    private final Map<String, String> keys = new HashMap<>();
    /** The open elements, innermost first, each with its own text (not its children's). */
    private final Deque<Element> elements = new ArrayDeque<>();
    private final Deque<GraphMlNode> nodes = new ArrayDeque<>();
    private final List<GraphMlNode> allNodes = new ArrayList<>();
    private final List<GraphMlEdge> edges = new ArrayList<>();
    private final List<PlanProblem> errors = new ArrayList<>();
    private final List<PlanProblem> warnings = new ArrayList<>();
    private GraphMlEdge edge;
    private String dataKey;
    private boolean undirected;

    GraphMlReader(XMLStreamReader xml, String source) {
        this.xml = xml;
        this.source = source;
    }

    void read() throws XMLStreamException, PlanFileException {
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.DTD -> throw PlanFileException.cannotImport(source, line(), column(),
                        "a DOCTYPE is not allowed in GraphML: DTDs and entities are refused, so the file cannot"
                                + " make the import read other files or expand entities");
                case XMLStreamConstants.START_ELEMENT -> start(xml.getLocalName());
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!elements.isEmpty()) {
                        elements.peek().text().append(xml.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> end(elements.pop());
                default -> { }
            }
        }
    }

    private record Element(String name, StringBuilder text) {
    }

    private void start(String name) throws PlanFileException {
        elements.push(new Element(name, new StringBuilder()));
        switch (name) {
            case "edge" -> {
                if (edge != null) {
                    throw PlanFileException.cannotImport(source, line(), column(),
                            "an <edge> inside another <edge>: GraphML edges do not nest;"
                                    + " close the first before the next");
                }
                edge = new GraphMlEdge(required("source", "edge"), required("target", "edge"), line(), column());
            }
            case "key" -> keys.put(attribute("id"), meaning());
            case "graph" -> undirected |= "undirected".equals(attribute("edgedefault"));
            case "node" -> node();
            case "data" -> dataKey = keys.getOrDefault(attribute("key"), attribute("key").toLowerCase(Locale.ROOT));
            case "hyperedge" -> warnings.add(new PlanProblem(source, line(), column(), "",
                    "a hyperedge is left out: only edges between two nodes become dependencies"));
            default -> { }
        }
    }

    private void end(Element element) {
        String text = element.text().toString();
        switch (element.name()) {
            case "node" -> nodes.pop();
            case "edge" -> {
                if (edge.source() != null && edge.target() != null) {
                    edges.add(edge);
                }
                edge = null;
            }
            case "data" -> data(text);
            case "NodeLabel" -> {
                if (!nodes.isEmpty() && nodes.peek().yedLabel == null && !text.isBlank()) {
                    nodes.peek().yedLabel = text;
                }
            }
            default -> { }
        }
    }

    private void node() {
        GraphMlNode node = new GraphMlNode(required("id", "node"), line(), column());
        nodes.push(node);
        if (node.id != null) {
            allNodes.add(node);
        }
    }

    /** A {@code <data>} element's own text, for the node or edge it sits in. */
    private void data(String value) {
        String key = dataKey;
        dataKey = null;
        if (edge != null && "type".equals(key)) {
            edge = edge.withSoft("soft".equalsIgnoreCase(value.strip()));
        } else if (edge == null && !nodes.isEmpty() && "node".equals(parent())) {
            if ("label".equals(key) || "name".equals(key)) {
                nodes.peek().dataLabel = value;
            } else if ("tier".equals(key)) {
                nodes.peek().tier = value.strip();
            }
        }
    }

    private String parent() {
        Element parent = elements.peek();
        return parent == null ? null : parent.name();
    }

    private String meaning() {
        String name = attribute("attr.name");
        return (name.isEmpty() ? attribute("id") : name).toLowerCase(Locale.ROOT);
    }

    private String required(String attribute, String element) {
        String value = attribute(attribute);
        if (value.isEmpty()) {
            errors.add(new PlanProblem(source, line(), column(), "",
                    "expected the " + attribute + " attribute on <" + element + ">"));
            return null;
        }
        return value;
    }

    private String attribute(String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    private int line() {
        Location location = xml.getLocation();
        return Math.max(location.getLineNumber(), 0);
    }

    private int column() {
        Location location = xml.getLocation();
        return Math.max(location.getColumnNumber(), 0);
    }

    List<GraphMlNode> nodes() {
        return allNodes;
    }

    List<GraphMlEdge> edges() {
        return edges;
    }

    List<PlanProblem> errors() {
        return errors;
    }

    List<PlanProblem> warnings() {
        return warnings;
    }

    boolean undirected() {
        return undirected;
    }
}
