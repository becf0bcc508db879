package com.recoveryworkbench.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.PlanProblem;
import com.recoveryworkbench.io.imports.ImportFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way an inventory can be wrong, each reported at its line, column and column name. */
class CsvImportErrorsTest {
    private final CsvPlanImporter importer = new CsvPlanImporter();

    private List<PlanProblem> problems(String csv) {
        return assertThrows(PlanFileException.class, () -> importer.importText(csv, "inventory.csv", "P"))
                .problems();
    }

    /** The only problem of {@code csv}, checked for place and for a part of its message. */
    private PlanProblem onlyProblem(String csv, int line, int column, String field, String messagePart) {
        List<PlanProblem> problems = problems(csv);
        assertEquals(1, problems.size(), problems::toString);
        PlanProblem problem = problems.get(0);
        assertEquals(List.of(line, column, field), List.of(problem.line(), problem.column(), problem.field()),
                problem::toString);
        assertTrue(problem.message().contains(messagePart), problem::toString);
        return problem;
    }

    /** What is wrong, the inventory, and where and what its only problem is: line, column, field, words of it. */
    static Stream<Arguments> oneProblem() {
        return Stream.of(
                Arguments.of("a negative duration", "id,rto_target\nweb,-PT5M\n",
                        2, 2, "rto_target", "must not be negative"),
                Arguments.of("a bad RPO target", "rpo_target,id\nsoon,web\n",
                        2, 1, "rpo_target", "'soon' is not a duration"),
                Arguments.of("an id used twice names the line of the first", "id,name\ndb,One\nweb,Web\ndb,Two\n",
                        4, 1, "id", "id 'db' is already used on line 2"),
                Arguments.of("an invalid id", "name,id\nWeb shop,web shop\n",
                        2, 2, "id", "'web shop' is not a valid id"),
                Arguments.of("a row without an id", "id,name\n,Nameless\n",
                        2, 1, "id", "every row needs an id"),
                Arguments.of("a bad kind lists the kinds", "id,kind\ndb,databse\n", 2, 2, "kind",
                        "'databse' is not one of: application, database, storage, cache, queue, network, identity,"
                                + " external"),
                Arguments.of("a tier that is not an id lists the accepted forms", "id,tier\nweb,tier 5!\n",
                        2, 2, "tier", "write tier-0 … tier-3 (or 0 … 3)"),
                Arguments.of("a bad protection lists the methods", "id,protection,protection_interval\n"
                                + "db,daily backup,1h\n", 2, 2, "protection",
                        "is not one of: none, backup, snapshot, async-replication, sync-replication"),
                Arguments.of("a bad strategy lists the strategies", "id,strategy\nweb,hot\n", 2, 2, "strategy",
                        "is not one of: backup-restore, pilot-light, warm-standby, active-active"),
                Arguments.of("a bad yes/no lists the accepted words", "id,stateful\ndb,maybe\n",
                        2, 2, "stateful", "write true, false, yes, no, 1 or 0"),
                Arguments.of("a row wider than the header, at the first extra cell", "id,name\nweb,Web shop, EU\n",
                        2, 3, "", "this row has 3 cells but the header names 2 columns"),
                Arguments.of("a soft dependency on a missing row", "id,soft_depends_on\nweb,search\n",
                        2, 2, "soft_depends_on", "soft_depends_on names 'search', which no row defines"),
                Arguments.of("the same id as a hard and a soft dependency", "id,depends_on,soft_depends_on\n"
                                + "db,,\nweb,db,db\n", 3, 3, "soft_depends_on",
                        "'db' is in both depends_on and soft_depends_on"),
                Arguments.of("an invalid id in a dependency list", "id,depends_on\ndb,\nweb,db; main db\n",
                        3, 2, "depends_on", "'main db' is not a valid id"),
                Arguments.of("a protection interval without a protection", "id,protection_interval\ndb,1h\n",
                        2, 2, "protection_interval", "protection is none"),
                Arguments.of("an interval with synchronous replication", "id,protection,protection_interval\n"
                                + "db,sync-replication,5m\n", 2, 3, "protection_interval",
                        "protection is sync-replication, which has no interval"),
                Arguments.of("a transfer time with replication", "id,protection,protection_interval,"
                                + "protection_transfer\ndb,async-replication,30s,10m\n", 2, 4, "protection_transfer",
                        "a transfer time needs protection backup or snapshot"),
                Arguments.of("a column named twice", "id,Name,kind, name \nweb,Web,application,Shop\n",
                        1, 4, "name", "column 'name' is named twice, in columns 2 and 4"),
                Arguments.of("an unterminated quote, reported alone", "id,notes\nweb,\"Front end\n\nmore\n",
                        2, 2, "notes", "a closing \" is missing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneProblem")
    void isReportedAtItsLineColumnAndField(String what, String csv, int line, int column, String field,
                                           String messagePart) {
        onlyProblem(csv, line, column, field, messagePart);
    }

    @Test
    void badDurationPrintsInTheOneLocationFormatOfEveryReader() {
        PlanProblem problem = onlyProblem("id,name,kind,tier,restore\nweb,Web,application,tier-1,5\n"
                + "db,DB,database,tier-1,40 mins\n", 3, 5, "restore", "is not a duration");
        assertEquals("inventory.csv:3:5: restore: '40 mins' is not a duration: write minutes (40),"
                + " a compact form (1h30m, 9m11s) or ISO-8601 (PT20M)", problem.toString());
    }

    @Test
    void dependencyOnAMissingRowSaysWhichId() {
        PlanProblem problem = onlyProblem("id,depends_on\nweb,db;foo\ndb,\n", 2, 2, "depends_on", "");
        assertEquals("depends_on names 'foo', which no row defines", problem.message());
    }

    @Test
    void missingIdColumnIsReportedAtTheFirstColumnOfTheHeader() {
        PlanProblem problem = onlyProblem("Name, Kind ,Tier\nWeb,application,tier-1\n", 1, 1, "id", "");
        assertEquals("inventory.csv:1:1: id: inventory.csv has no 'id' column; the header names Name, Kind, Tier."
                + " Every service needs an id.", problem.toString());
    }

    @Test
    void emptyFileIsAnErrorAboutTheWholeFile() {
        PlanProblem problem = onlyProblem("", 0, 0, "", "the file is empty");
        assertEquals("inventory.csv: the file is empty; its first line must be a header naming the columns,"
                + " at least id", problem.toString());
    }

    @Test
    void everyProblemOfTheFileIsReportedInReadingOrder() throws Exception {
        Path broken = Path.of(getClass().getResource("/csv/broken-inventory.csv").toURI());
        PlanFileException e = assertThrows(PlanFileException.class, () -> ImportFormat.CSV.importFile(broken, "P"));
        assertEquals(List.of("2:6 depends_on", "4:5 restore", "5:3 kind", "6:1 id", "7:4 tier",
                        "7:9 protection_interval", "8:11 "),
                e.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.field()).toList());
        assertTrue(e.getMessage().startsWith("Cannot import broken-inventory.csv: 7 problems\n"
                + "broken-inventory.csv:2:6: depends_on: depends_on names 'search', which no row defines\n"),
                e.getMessage());
    }

    @Test
    void messageListsTheFirstTwentyProblemsThenHowManyMore() {
        StringBuilder csv = new StringBuilder("id,kind\n");
        for (int i = 1; i <= 25; i++) {
            csv.append("s").append(i).append(",robot\n");
        }
        PlanFileException e = assertThrows(PlanFileException.class,
                () -> importer.importText(csv.toString(), "many.csv", "P"));
        List<String> lines = e.getMessage().lines().toList();
        assertEquals(25, e.problems().size());
        assertEquals(22, lines.size());
        assertEquals("Cannot import many.csv: 25 problems", lines.get(0));
        assertEquals(e.problems().get(0).toString(), lines.get(1));
        assertEquals("many.csv:21:2: kind: 'robot' is not one of: application, database, storage, cache, queue,"
                + " network, identity, external", lines.get(20));
        assertEquals("… and 5 more", lines.get(21));
    }
}
