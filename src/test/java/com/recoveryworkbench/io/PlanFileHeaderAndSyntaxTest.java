package com.recoveryworkbench.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reader says about files that are not well-formed JSON, too large, or not a plan it can read. */
class PlanFileHeaderAndSyntaxTest {
    private static final String HEADER = """
            {
              "format": "recovery-workbench-plan",
              "schemaVersion": 1,
              "name": "Bad",
            """;

    private final PlanReader reader = new PlanReader();

    @Test
    void reportsAMissingCommaWhereTheParserStopped() {
        PlanProblem problem = onlyProblem(HEADER + """
                  "services": [
                    {
                      "id": "web"
                      "kind": "application"
                    }
                  ]
                }
                """);

        assertLocation(8, 7, "services[0].id", problem);
        assertEquals("not valid JSON: Unexpected character ('\"' (code 34)): was expecting comma to separate Object"
                + " entries", problem.message());
    }

    @Test
    void refusesADuplicateKey() {
        PlanProblem problem = onlyProblem(HEADER + """
                  "services": [
                    { "id": "web", "kind": "application", "id": "db" }
                  ]
                }
                """);

        // Jackson notices the duplicate once the key is read: just after its closing quote.
        assertEquals(problem(6, 47, "services[0].id", "not valid JSON: Duplicate field 'id'"), problem);
    }

    @Test
    void reportsAFileThatEndsTooEarlyNamingWhereTheListStarted() {
        PlanProblem problem = onlyProblem(HEADER + """
                  "services": [
                """);

        assertEquals(problem(6, 1, "services", "not valid JSON: Unexpected end-of-input: expected close marker for"
                + " Array (start marker at line 5, column 15)"), problem);
    }

    @Test
    void reportsAnEmptyFile() {
        assertEquals(problem(1, 1, "", "the file is empty; expected a plan (a JSON object)"), onlyProblem("  \n"));
    }

    @Test
    void refusesMoreJsonAfterThePlan() {
        PlanProblem problem = onlyProblem("""
                { "format": "recovery-workbench-plan", "schemaVersion": 1, "name": "A" }
                { "name": "B" }
                """);

        assertEquals(problem(2, 1, "", "expected the end of the file after the plan, found more JSON"), problem);
    }

    @Test
    void refusesJsonThatIsNotAnObject() {
        assertEquals(problem(2, 3, "", "expected a plan (a JSON object), found a list"), onlyProblem("\n  [1, 2]"));
    }

    @Test
    void refusesNestingFarDeeperThanAPlanNeeds() {
        String deep = "{\"services\": " + "[".repeat(100) + "]".repeat(100) + "}";

        PlanProblem problem = onlyProblem(deep);

        assertEquals(1, problem.line());
        assertTrue(problem.message().startsWith("not valid JSON: Document nesting depth (65) exceeds the maximum"
                + " allowed (64"), problem.message());
    }

    @Test
    void refusesMoreValuesThanAnyPlanNeeds() {
        String many = "{\"services\": [" + "0,".repeat(JsonTreeReader.MAX_VALUES) + "0]}";

        // Value 1 is the plan, 2 the list, 3 its first item: item 1,999,998 is value 2,000,001, at
        // column 15 + 2 * 1,999,998 after the 14 characters of {"services": [.
        assertEquals(problem(1, 4_000_011, "services[1999998]",
                "the file holds more than 2,000,000 values; no plan needs that many"), onlyProblem(many));
    }

    @Test
    void refusesBytesThatAreNotUtf8NamingWhereTheFirstOneIs(@TempDir Path directory) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\n  \"name\": \"Caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes("\"\n}\n".getBytes(StandardCharsets.UTF_8));
        Path file = directory.resolve("latin1.rplan.json");
        Files.write(file, bytes.toByteArray());

        PlanFileException e = assertThrows(PlanFileException.class, () -> reader.read(file));

        assertEquals(List.of(new PlanProblem(file.toString(), 2, 15, "",
                "expected UTF-8 text, found the byte 0xE9; save the file as UTF-8")), e.problems());
    }

    @Test
    void refusesAFileOverTheSizeLimitBeforeReadingIt(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("huge.rplan.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(PlanReader.MAX_FILE_BYTES + 1);
        }

        PlanFileException e = assertThrows(PlanFileException.class, () -> reader.read(file));

        assertEquals(List.of(new PlanProblem(file.toString(), 0, 0, "", "the file is 20,971,521 bytes; plan files"
                + " are limited to 20,971,520 bytes (20 MiB)")), e.problems());
        assertEquals(file + ": the file is 20,971,521 bytes; plan files are limited to 20,971,520 bytes (20 MiB)",
                e.getMessage());
    }

    @Test
    void readsAFileOfExactlyTheSizeLimit(@TempDir Path directory) throws Exception {
        String plan = "{\"format\": \"recovery-workbench-plan\", \"schemaVersion\": 1, \"name\": \"Padded\"}";
        Path file = directory.resolve("padded.rplan.json");
        Files.writeString(file, plan + " ".repeat((int) PlanReader.MAX_FILE_BYTES - plan.length()));

        assertEquals("Padded", reader.read(file).plan().name());
    }

    @Test
    void refusesTextOverTheSizeLimit() {
        PlanFileException e = assertThrows(PlanFileException.class,
                () -> reader.read(" ".repeat((int) PlanReader.MAX_FILE_BYTES + 1), "pasted"));

        assertEquals("pasted: the plan is 20,971,521 characters long; plans are limited to 20,971,520 characters",
                e.getMessage());
    }

    @Test
    void saysWhyAFileCannotBeRead(@TempDir Path directory) {
        Path missing = directory.resolve("missing.rplan.json");

        PlanFileException e = assertThrows(PlanFileException.class, () -> reader.read(missing));

        assertEquals(missing + ": cannot read the file: no such file or directory (" + missing + ")", e.getMessage());
    }

    @Test
    void refusesAnotherFormatAndSaysItIsNotAPlan() {
        PlanProblem problem = onlyProblem("""
                {"format": "drawio", "schemaVersion": 1, "name": "A"}
                """);

        assertEquals(problem(1, 12, "format",
                "expected \"recovery-workbench-plan\", found \"drawio\": this is not a Recovery Workbench plan"), problem);
    }

    @Test
    void refusesAFileWithoutFormat() {
        assertEquals(problem(1, 1, "format", "required field is missing; expected \"recovery-workbench-plan\""),
                onlyProblem("""
                        {"schemaVersion": 1, "name": "A"}
                        """));
    }

    @Test
    void refusesANewerSchemaVersionNamingBothVersionsAndLeavesTheFileUntouched(@TempDir Path directory)
            throws Exception {
        Path file = directory.resolve("future.rplan.json");
        byte[] content = """
                {
                  "format": "recovery-workbench-plan",
                  "schemaVersion": 3,
                  "name": "From the future",
                  "services": [ { "id": "web", "kind": "hologram", "tier": "tier-1" } ]
                }
                """.getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        FileTime written = Files.getLastModifiedTime(file);

        PlanFileException e = assertThrows(PlanFileException.class, () -> reader.read(file));

        // Only the version is reported: the rest of a newer file may well be valid in its version.
        assertEquals(List.of(new PlanProblem(file.toString(), 3, 20, "schemaVersion", "this file is schema version 3;"
                + " this Recovery Workbench reads up to version 2 — update the workbench")), e.problems());
        assertArrayEquals(content, Files.readAllBytes(file));
        assertEquals(written, Files.getLastModifiedTime(file));
    }

    @Test
    void refusesAFileWithoutSchemaVersion() {
        assertEquals(problem(1, 1, "schemaVersion", "required field is missing; expected a whole number"),
                onlyProblem("""
                        {"format": "recovery-workbench-plan", "name": "A"}
                        """));
    }

    @Test
    void refusesSchemaVersionZeroOrBelow() {
        assertEquals(problem(1, 56, "schemaVersion", "expected a schema version of 1 or more, found 0"),
                onlyProblem("""
                        {"format": "recovery-workbench-plan", "schemaVersion": 0, "name": "A"}
                        """));
        assertEquals(problem(1, 56, "schemaVersion", "expected a schema version of 1 or more, found -1"),
                onlyProblem("""
                        {"format": "recovery-workbench-plan", "schemaVersion": -1, "name": "A"}
                        """));
    }

    @Test
    void refusesASchemaVersionThatIsNotAWholeNumber() {
        assertEquals(problem(1, 56, "schemaVersion", "expected a whole number, found \"1\""), onlyProblem("""
                {"format": "recovery-workbench-plan", "schemaVersion": "1", "name": "A"}
                """));
        assertEquals(problem(1, 56, "schemaVersion", "expected a whole number, found 1.5"), onlyProblem("""
                {"format": "recovery-workbench-plan", "schemaVersion": 1.5, "name": "A"}
                """));
    }

    @Test
    void reportsEveryHeaderProblemButNothingBeyondIt() {
        PlanFileException e = failure("""
                {
                  "format": "recovery-workbench-planner",
                  "schemaVersion": 3,
                  "services": [ { "id": "web" } ]
                }
                """);

        assertEquals(List.of(
                problem(2, 13, "format", "expected \"recovery-workbench-plan\", found \"recovery-workbench-planner\":"
                        + " this is not a Recovery Workbench plan"),
                problem(3, 20, "schemaVersion", "this file is schema version 3; this Recovery Workbench reads up to"
                        + " version 2 — update the workbench")), e.problems());
    }

    private PlanFileException failure(String json) {
        return assertThrows(PlanFileException.class, () -> reader.read(json, "bad.rplan.json"));
    }

    private PlanProblem onlyProblem(String json) {
        List<PlanProblem> problems = failure(json).problems();
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }

    private static PlanProblem problem(int line, int column, String field, String message) {
        return new PlanProblem("bad.rplan.json", line, column, field, message);
    }

    private static void assertLocation(int line, int column, String field, PlanProblem problem) {
        assertEquals(List.of(line, column, field), List.of(problem.line(), problem.column(), problem.field()),
                problem::toString);
    }
}
