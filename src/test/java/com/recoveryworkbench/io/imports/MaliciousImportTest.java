package com.recoveryworkbench.io.imports;

import static com.recoveryworkbench.io.imports.DotImportTest.only;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.io.Imported;
import com.recoveryworkbench.io.PlanFileException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Hostile files are refused with a clear message, before they can read files, fill memory or the stack. */
class MaliciousImportTest {
    private static final String SECRET = "TOP-SECRET-7f3a";

    @TempDir
    Path dir;

    @Test
    void anExternalEntityInGraphMlIsRefusedAndTheFileItNamesNeverAppears() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        Path graphMl = Files.writeString(dir.resolve("xxe.graphml"), """
                <?xml version="1.0"?>
                <!DOCTYPE graphml [<!ENTITY xxe SYSTEM "%s">]>
                <graphml><graph><node id="a"><data key="label">&xxe;</data></node></graph></graphml>
                """.formatted(secret.toUri()));

        PlanFileException e = assertThrows(PlanFileException.class,
                () -> ImportFormat.GRAPHML.importFile(graphMl, "Shop"));

        // The column is the end of the DOCTYPE, which holds the temporary folder's path.
        String problem = e.problems().get(0).toString();
        assertAll(
                () -> assertTrue(problem.startsWith("xxe.graphml:2:"), problem),
                () -> assertTrue(problem.endsWith(": a DOCTYPE is not allowed in GraphML: DTDs and entities are"
                        + " refused, so the file cannot make the import read other files or expand entities"), problem),
                () -> assertFalse(e.getMessage().contains(SECRET)));
    }

    @Test
    void anExternalDtdIsRefusedToo() {
        String problem = only(() -> ImportFormat.GRAPHML.importText(
                "<!DOCTYPE graphml SYSTEM \"http://127.0.0.1:9/graphml.dtd\"><graphml/>", "dtd.graphml", "Shop"));

        assertTrue(problem.contains("a DOCTYPE is not allowed in GraphML"), problem);
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyEntityIsExpanded() {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int level = 1; level <= 9; level++) {
            entities.append("<!ENTITY lol").append(level).append(" \"")
                    .append(("&lol" + (level - 1) + ";").repeat(10)).append("\">");
        }
        String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [" + entities + "]>\n"
                + "<graphml><graph><node id=\"a\"><data key=\"label\">&lol9;</data></node></graph></graphml>";

        String problem = only(() -> ImportFormat.GRAPHML.importText(bomb, "lol.graphml", "Shop"));

        assertTrue(problem.startsWith("lol.graphml:2:"), problem);
        assertTrue(problem.contains("a DOCTYPE is not allowed"), problem);
    }

    @ParameterizedTest
    @EnumSource(ImportFormat.class)
    void aFileOf200MegabytesIsRefusedByItsSizeBeforeReading(ImportFormat format) throws Exception {
        Path huge = dir.resolve("huge." + format.code());
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            // Sparse: no disk is written, and reading it would take 200 MB of memory.
            file.setLength(200L * 1024 * 1024);
        }

        PlanFileException e = assertThrows(PlanFileException.class, () -> format.importFile(huge, "Shop"));

        assertEquals(List.of("huge." + format.code()), e.problems().stream().map(p -> p.source()).toList());
        assertTrue(e.getMessage().contains("larger than 20 MB"), e.getMessage());
    }

    @Test
    void aYamlBombOfNestedAliasesIsRefused() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char level = 'b'; level <= 'i'; level++) {
            String previous = "*" + (char) (level - 1);
            bomb.append(level).append(": &").append(level).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, previous))).append("]\n");
        }

        String problem = only(() -> ImportFormat.BACKSTAGE.importText(bomb.toString(), "bomb.yaml", "Shop"));

        // The 51st alias is the 6th of line 7 (level g), after 5 lines of 9: column 8 + 5 * 3.
        assertEquals("bomb.yaml:7:23: more than 50 aliases; refused as a possible YAML bomb (a catalog needs few,"
                + " if any)", problem);
    }

    @Test
    void deeplyNestedYamlIsRefusedWithoutExhaustingTheStack() {
        String deep = "kind: Component\nmetadata: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";

        assertEquals("deep.yaml:2:74: lists and maps nested more than 64 deep; a catalog entity needs a handful",
                only(() -> ImportFormat.BACKSTAGE.importText(deep, "deep.yaml", "Shop")));
    }

    @Test
    void deeplyNestedDotSubgraphsAreRefusedWithoutExhaustingTheStack() {
        String deep = "digraph {" + "{".repeat(100_000) + "}".repeat(100_000) + "}";

        assertEquals("deep.dot:1:109: subgraphs are nested more than 100 deep",
                only(() -> ImportFormat.DOT.importText(deep, "deep.dot", "Shop")));
    }

    @Test
    void deeplyNestedXmlIsReadWithoutRecursion() throws Exception {
        String deep = "<graphml><graph>" + "<x>".repeat(100_000) + "<node id=\"a\"/>" + "</x>".repeat(100_000)
                + "</graph></graphml>";

        Imported imported = ImportFormat.GRAPHML.importText(deep, "deep.graphml", "Shop");

        assertEquals(1, imported.plan().serviceCount());
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirPlace() throws Exception {
        Path latin1 = dir.resolve("latin1.dot");
        Files.write(latin1, "digraph {\n  \"Caf\u00e9\" -> b\n}\n".getBytes(StandardCharsets.ISO_8859_1));

        assertEquals("latin1.dot:2:7: the file is not UTF-8: byte 0xe9 cannot start or continue a character; save it"
                + " as UTF-8", only(() -> ImportFormat.DOT.importFile(latin1, "Shop")));
    }
}
