package com.recoveryworkbench.cli;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Hostile and pathological input files, made by code so that no megabytes are checked in: each
 * method returns the content of one file that once crashed, hung or was silently misread.
 */
final class HostileCorpus {
    private HostileCorpus() {
    }

    /** A plan whose single service sits in layer 3, so every whole-number field appears once. */
    static String planWith(String schemaVersion, String restoreCapacity, String layer) {
        return """
                {
                  "format": "recovery-workbench-plan",
                  "schemaVersion": %s,
                  "name": "Numbers",
                  "settings": { "declarationDelay": "PT0S", "restoreCapacity": %s },
                  "services": [
                    { "id": "web", "name": "Web", "kind": "application", "tier": "tier-1", "restoreTime": "PT5M",
                      "position": { "x": 0, "y": 0, "layer": %s } }
                  ],
                  "dependencies": []
                }
                """.formatted(schemaVersion, restoreCapacity, layer);
    }

    /** {@code from -> to -> …}: each group of {@code size} nodes depends on every node of the next. */
    static String dotProduct(int size, String... groups) {
        return "digraph {\n  " + java.util.Arrays.stream(groups)
                .map(g -> IntStream.range(0, size).mapToObj(i -> g + i).collect(Collectors.joining(" ", "{", "}")))
                .collect(Collectors.joining(" -> ")) + "\n}\n";
    }

    /** {@code count} DOT nodes, distinct ids that all slug to "same-name" (they differ in punctuation only). */
    static String dotSameSlug(int count) {
        return IntStream.range(0, count).mapToObj(i -> "  \"Same Name " + punctuation(i) + "\";")
                .collect(Collectors.joining("\n", "digraph {\n", "\n}\n"));
    }

    /** {@code count} GraphML nodes, distinct ids that all slug to "same-name". */
    static String graphMlSameSlug(int count) {
        return IntStream.range(0, count).mapToObj(i -> "<node id=\"Same Name " + punctuation(i) + "\"/>")
                .collect(Collectors.joining("\n", "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml"
                        + ".graphdrawing.org/xmlns\"><graph edgedefault=\"directed\">\n", "\n</graph></graphml>\n"));
    }

    /** {@code i} written in base 8 with the digits !#$%()*+, which a slug drops. */
    private static String punctuation(int i) {
        String digits = "!#$%()*+";
        StringBuilder out = new StringBuilder();
        int n = i;
        do {
            out.append(digits.charAt(n % 8));
            n /= 8;
        } while (n > 0);
        return out.toString();
    }

    /** {@code count} Backstage components of one name, each in its own namespace. */
    static String backstageSameName(int count) {
        return IntStream.range(0, count).mapToObj(i -> """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: api
                  namespace: team%d
                spec:
                  type: service
                """.formatted(i)).collect(Collectors.joining("---\n"));
    }

    /** One component whose description is a single scalar of {@code length} characters. */
    static String backstageLongScalar(int length) {
        return """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: api
                  description: %s
                spec:
                  type: service
                """.formatted("x".repeat(length));
    }

    static final String GRAPHML_NESTED_EDGE = """
            <?xml version="1.0"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">
            <node id="a"/><node id="b"/>
            <edge source="a" target="b">
              <edge source="b" target="a"/>
            </edge>
            </graph></graphml>
            """;

    static final String BACKSTAGE_DUPLICATE_KEY = """
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: api
            spec:
              type: service
              dependsOn: [component:db]
              dependsOn: [component:cache]
            """;

    static final byte[] YAML_WITH_NUL = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: a\u0000b\n"
            .getBytes(StandardCharsets.UTF_8);

    /** "café" in Latin-1: not UTF-8. */
    static final byte[] LATIN_1 = {'c', 'a', 'f', (byte) 0xE9, '\n'};
}
