package com.recoveryworkbench.io.imports;

import com.recoveryworkbench.io.PlanFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Typed, located access to a YAML mapping node: a value that is missing reads as empty, one of the
 * wrong shape is an error naming its path ({@code spec.dependsOn}) and place. Immutable.
 */
record YamlMap(MappingNode node, String path, String source) {

    /** The mapping at {@code key}, or an empty one when it is missing. */
    YamlMap map(String key) throws PlanFileException {
        Optional<Node> value = value(key);
        if (value.isEmpty() || isNull(value.get())) {
            return new YamlMap(new MappingNode(node.getTag(), List.of(), node.getFlowStyle()), child(key), source);
        }
        if (value.get() instanceof MappingNode mapping) {
            return new YamlMap(mapping, child(key), source);
        }
        throw wrongShape(key, value.get(), "a map of keys and values");
    }

    /** The text at {@code key}, stripped; empty when missing or null. */
    String text(String key) throws PlanFileException {
        Optional<Node> value = value(key);
        if (value.isEmpty() || isNull(value.get())) {
            return "";
        }
        if (value.get() instanceof ScalarNode scalar) {
            return scalar.getValue().strip();
        }
        throw wrongShape(key, value.get(), "a single value");
    }

    /** The texts listed at {@code key}, each with where it stands; empty when missing. */
    List<Located> texts(String key) throws PlanFileException {
        Optional<Node> value = value(key);
        if (value.isEmpty() || isNull(value.get())) {
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            throw wrongShape(key, value.get(), "a list");
        }
        List<Located> texts = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar)) {
                throw wrongShape(key, item, "a list of entity references");
            }
            texts.add(new Located(scalar.getValue().strip(), line(item), column(item)));
        }
        return texts;
    }

    /** A text and where it stands in the file (1-based). */
    record Located(String text, int line, int column) {
    }

    int line() {
        return line(node);
    }

    int column() {
        return column(node);
    }

    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private Optional<Node> value(String key) {
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return Optional.of(tuple.getValueNode());
            }
        }
        return Optional.empty();
    }

    private static boolean isNull(Node value) {
        return value instanceof ScalarNode scalar && scalar.isPlain()
                && (scalar.getValue().isEmpty() || scalar.getValue().equals("null") || scalar.getValue().equals("~"));
    }

    private PlanFileException wrongShape(String key, Node value, String expected) {
        return PlanFileException.cannotImport(source, line(value), column(value), child(key),
                "expected " + expected + ", found a " + value.getNodeType().name().toLowerCase(Locale.ROOT));
    }

    private static int line(Node node) {
        return node.getStartMark().map(Mark::getLine).orElse(-1) + 1;
    }

    private static int column(Node node) {
        return node.getStartMark().map(Mark::getColumn).orElse(-1) + 1;
    }
}
