package com.recoveryworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.testplans.TestPlans;
import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.model.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hostile corpus ({@link HostileCorpus}) through every command that reads or writes it, as an
 * attacker or an unlucky user would. A refused input exits 2 with {@code file:line:column} and no stack
 * trace, leaving every file as it was; an accepted one finishes. Each case runs under a generous cap: a
 * hang detector, not a speed test (speed is {@code CommandBudgetBenchmark}'s).
 */
class HostileInputTest {
    /** Generous: the machine these run on is often shared with several builds at once. */
    private static final Duration CAP = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"1e9999999999", "-1e9999999999", "1e-9999999999"})
    void aNumberBeyondAnyFieldIsALocatedProblem(String number) {
        Path schema = write("schema.rplan.json", HostileCorpus.planWith(number, "0", "3"));
        Path capacity = write("capacity.rplan.json", HostileCorpus.planWith("1", number, "3"));
        Path layer = write("layer.rplan.json", HostileCorpus.planWith("1", "0", number));

        assertTrue(refused(schema, "check", schema.toString()).contains("schema.rplan.json:3:20: schemaVersion: expected a"
                + " whole number of ordinary size, found " + number));
        assertTrue(refused(capacity, "check", capacity.toString()).contains("settings.restoreCapacity"));
        assertTrue(refused(layer, "export", layer.toString(), "--as", "svg", "-o", dir.resolve("x.svg").toString())
                .contains("services[0].position.layer"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id,name,restore\nweb,Web,99999999999999999999\n",
        "id,rto_target\nweb,99999999999999999999\n",
        "id,kind,protection,protection_interval\ndb,database,backup,99999999999999999999\n"})
    void aDurationTooLongForAnyPlanIsALocatedProblem(String csv) {
        Path inventory = write("inventory.csv", csv);
        Path plan = dir.resolve("out.rplan.json");

        String viaImportCsv = refused(inventory, "import-csv", inventory.toString(), "-o", plan.toString());
        String viaImport = refused(inventory, "import", inventory.toString(), "--from", "csv", "-o", plan.toString());

        assertTrue(viaImportCsv.contains("inventory.csv:2:"), viaImportCsv);
        assertTrue(viaImportCsv.contains("'99999999999999999999' is too long: at most 366 days"), viaImportCsv);
        assertTrue(viaImport.contains("inventory.csv:2:") && viaImport.contains("too long: at most 366 days"),
                viaImport);
    }

    @Test
    void anEdgeInsideAnEdgeIsALocatedProblem() {
        Path graph = write("nested.graphml", HostileCorpus.GRAPHML_NESTED_EDGE);

        String err = refused(graph, "import", graph.toString(), "--from", "graphml", "-o", plan());

        assertTrue(err.contains("nested.graphml:5:"), err);
        assertTrue(err.contains("an <edge> inside another <edge>"), err);
    }

    @Test
    void aDotProductOfNineMillionDependenciesStopsAtTheLimit() {
        Path graph = write("product.dot", HostileCorpus.dotProduct(3000, "a", "b", "c"));

        String err = refused(graph, "import", graph.toString(), "--from", "dot", "-o", plan());

        assertTrue(err.contains("more than 200,000 dependencies"), err);
    }

    @Test
    void anImportThatWouldWriteAnUnreadablePlanWritesNothing() {
        // 1,000 × 1,000 dependencies from a 10 KB file: once a 76 MB plan the workbench refused to open.
        Path graph = write("square.dot", HostileCorpus.dotProduct(1000, "a", "b"));

        assertTrue(refused(graph, "import", graph.toString(), "--from", "dot", "-o", plan())
                .contains("dependencies, the most an import makes"));
    }

    @Test
    void duplicateKeysInBackstageYamlAreALocatedProblem() {
        Path catalog = write("catalog-info.yaml", HostileCorpus.BACKSTAGE_DUPLICATE_KEY);

        String err = refused(catalog, "import", catalog.toString(), "--from", "backstage", "-o", plan());

        assertTrue(err.contains("catalog-info.yaml:8:3: the key 'dependsOn' appears twice"), err);
    }

    @Test
    void aNulByteInYamlIsALocatedProblem() throws IOException {
        Path catalog = Files.write(dir.resolve("nul.yaml"), HostileCorpus.YAML_WITH_NUL);

        String err = refused(catalog, "import", catalog.toString(), "--from", "backstage", "-o", plan());

        assertTrue(err.contains("nul.yaml:4:10: not valid YAML: the character U+0000"), err);
    }

    @Test
    void anExportOverItsOwnPlanIsRefusedEvenWithForce() {
        Path plan = write("shop.rplan.json", TestPlans.handWorked());

        String err = refused(plan, "export", plan.toString(), "--as", "csv", "-o", plan.toString(), "--force");

        assertTrue(err.contains("is the plan being exported"), err);
    }

    @Test
    void fortyThousandDotNamesOfOneSlugGetIdsInTime() {
        Path graph = write("same.dot", HostileCorpus.dotSameSlug(40_000));

        Plan plan = accepted(graph, "import", graph.toString(), "--from", "dot", "-o", plan());

        assertEquals(40_000, plan.serviceCount());
        assertTrue(plan.hasService("same-name") && plan.hasService("same-name-40000"));
    }

    @Test
    void fortyThousandGraphMlNodesOfOneSlugGetIdsInTime() {
        Path graph = write("same.graphml", HostileCorpus.graphMlSameSlug(40_000));

        assertEquals(40_000, accepted(graph, "import", graph.toString(), "--from", "graphml", "-o", plan())
                .serviceCount());
    }

    /** 10,000 here, as parsing 40,000 YAML documents alone nears the cap on a busy machine; NodeIdsTest has 40,000. */
    @Test
    void tenThousandBackstageEntitiesOfOneNameGetIdsInTime() {
        Path catalog = write("same.yaml", HostileCorpus.backstageSameName(10_000));

        assertEquals(10_000, accepted(catalog, "import", catalog.toString(), "--from", "backstage", "-o", plan())
                .serviceCount());
    }

    @Test
    void aTenMegabyteYamlScalarImportsInTime() {
        Path catalog = write("long.yaml", HostileCorpus.backstageLongScalar(10_000_000));

        assertEquals(1, accepted(catalog, "import", catalog.toString(), "--from", "backstage", "-o", plan())
                .serviceCount());
    }

    @Test
    void aStringLongerThanJacksonsDefaultLimitInAPlanUnderTheSizeLimitIsRead() {
        String plan = TestPlans.compliant().replace("\"name\": \"Compliant\"",
                "\"name\": \"Compliant\", \"description\": \"" + "d".repeat(20_100_000) + "\"");
        Path file = write("long.rplan.json", plan);

        CommandRun run = run("check", file.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    }

    @Test
    void describeForGitShowsAFileThatIsNotUtf8InsteadOfFailing() throws IOException {
        Path file = Files.write(dir.resolve("latin1.rplan.json"), HostileCorpus.LATIN_1);

        CommandRun run = run("describe", "--textconv", file.toString());

        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().contains("caf\uFFFD"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"svg", "png", "runbook-html", "graphml"})
    void aFiveMegabyteNameExportsInTime(String format) {
        String plan = TestPlans.compliant().replace("\"name\": \"Web\"", "\"name\": \"" + "W".repeat(5_000_000) + "\"");
        Path file = write("long-name.rplan.json", plan);
        Path out = dir.resolve("out." + format);

        CommandRun run = assertTimeoutPreemptively(CAP,
                () -> CommandRun.of("export", file.toString(), "--as", format, "-o", out.toString()));

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(Files.exists(out));
    }

    /**
     * Runs a command that must refuse {@code input}: exit 2, a message naming the file (with line and
     * column when the problem is in its content), no stack trace, and every file in the directory
     * exactly as before.
     */
    private String refused(Path input, String... args) {
        Map<String, String> before = snapshot();
        CommandRun run = run(args);
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.err());
        assertNoStackTrace(run);
        assertEquals(before, snapshot(), "files changed although the command was refused");
        boolean inContent = !String.join(" ", args).contains("--force");
        if (inContent) {
            assertTrue(Pattern.compile(Pattern.quote(input.getFileName().toString()) + ":\\d+:\\d+").matcher(run.err()).find(),
                    run.err());
        }
        return run.err();
    }

    /** Runs an import that must succeed, and reads the plan it wrote as the workbench would. */
    private Plan accepted(Path input, String... args) {
        CommandRun run = run(args);
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertNoStackTrace(run);
        try {
            return new PlanReader().read(Path.of(args[args.length - 1])).plan();
        } catch (Exception e) {
            throw new AssertionError("the plan imported from " + input + " does not open", e);
        }
    }

    private static CommandRun run(String... args) {
        return assertTimeoutPreemptively(CAP, () -> CommandRun.of(args), () -> String.join(" ", args));
    }

    private static void assertNoStackTrace(CommandRun run) {
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception") || run.err().contains("Error:"),
                run.err());
    }

    private String plan() {
        return dir.resolve("imported.rplan.json").toString();
    }

    private Path write(String name, String content) {
        return TestPlans.write(dir, name, content);
    }

    /** Every file under the directory with a hash of its content. */
    private Map<String, String> snapshot() {
        try (Stream<Path> files = Files.walk(dir)) {
            Map<String, String> hashes = new TreeMap<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(dir.relativize(file).toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
            return hashes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
