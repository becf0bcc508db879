package com.recoveryworkbench.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every way an inventory can be wrong, each reported at its line, column and column name. */
class CsvImportErrorsTest {
    private final CsvPlanImporter importer = new CsvPlanImporter();

    private List<CsvProblem> problems(String csv) {
        return assertThrows(CsvImportException.class, () -> importer.importText(csv, "inventory.csv", "P"))
                .problems();
    }

    /** The only problem of {@code csv}, checked for place and for a part of its message. */
    private CsvProblem onlyProblem(String csv, int line, int column, String field, String messagePart) {
        List<CsvProblem> problems = problems(csv);
        assertEquals(1, problems.size(), problems::toString);
        CsvProblem problem = problems.get(0);
        assertEquals(List.of(line, column, field), List.of(problem.line(), problem.column(), problem.field()),
                problem::toString);
        assertTrue(problem.message().contains(messagePart), problem::toString);
        return problem;
    }

    @Test
    void badDurationSaysWhereAndWhichFormsAreAccepted() {
        CsvProblem problem = onlyProblem("id,name,kind,tier,restore\nweb,Web,application,tier-1,5\n"
                + "db,DB,database,tier-1,40 mins\n", 3, 5, "restore", "is not a duration");
        assertEquals("inventory.csv:3:5 (restore): '40 mins' is not a duration: write minutes (40),"
                + " a compact form (1h30m, 9m11s) or ISO-8601 (PT20M)", problem.toString());
    }

    @Test
    void negativeDurationIsAnError() {
        onlyProblem("id,rto_target\nweb,-PT5M\n", 2, 2, "rto_target", "must not be negative");
    }

    @Test
    void badRpoTargetIsAnError() {
        onlyProblem("rpo_target,id\nsoon,web\n", 2, 1, "rpo_target", "'soon' is not a duration");
    }

    @Test
    void duplicateIdNamesTheLineOfTheFirst() {
        onlyProblem("id,name\ndb,One\nweb,Web\ndb,Two\n", 4, 1, "id", "id 'db' is already used on line 2");
    }

    @Test
    void invalidIdIsAnError() {
        onlyProblem("name,id\nWeb shop,web shop\n", 2, 2, "id", "'web shop' is not a valid id");
    }

    @Test
    void rowWithoutAnIdIsAnError() {
        onlyProblem("id,name\n,Nameless\n", 2, 1, "id", "every row needs an id");
    }

    @Test
    void badKindListsTheKinds() {
        onlyProblem("id,kind\ndb,databse\n", 2, 2, "kind",
                "'databse' is not one of: application, database, storage, cache, queue, network, identity, external");
    }

    @Test
    void tierThatIsNotAnIdListsTheAcceptedForms() {
        onlyProblem("id,tier\nweb,tier 5!\n", 2, 2, "tier", "write tier-0 … tier-3 (or 0 … 3)");
    }

    @Test
    void badProtectionListsTheMethods() {
        onlyProblem("id,protection,protection_interval\ndb,daily backup,1h\n", 2, 2, "protection",
                "is not one of: none, backup, snapshot, async-replication, sync-replication");
    }

    @Test
    void badStrategyListsTheStrategies() {
        onlyProblem("id,strategy\nweb,hot\n", 2, 2, "strategy",
                "is not one of: backup-restore, pilot-light, warm-standby, active-active");
    }

    @Test
    void badBooleanListsTheAcceptedWords() {
        onlyProblem("id,stateful\ndb,maybe\n", 2, 2, "stateful", "write true, false, yes, no, 1 or 0");
    }

    @Test
    void rowWithMoreCellsThanTheHeaderIsAnErrorAtTheFirstExtraCell() {
        onlyProblem("id,name\nweb,Web shop, EU\n", 2, 3, "", "this row has 3 cells but the header names 2 columns");
    }

    @Test
    void dependencyOnAMissingRowIsAnError() {
        CsvProblem problem = onlyProblem("id,depends_on\nweb,db;foo\ndb,\n", 2, 2, "depends_on", "");
        assertEquals("depends_on names 'foo', which no row defines", problem.message());
    }

    @Test
    void softDependencyOnAMissingRowIsAnError() {
        onlyProblem("id,soft_depends_on\nweb,search\n", 2, 2, "soft_depends_on",
                "soft_depends_on names 'search', which no row defines");
    }

    @Test
    void serviceDependingOnItselfIsAnError() {
        onlyProblem("id,depends_on\ndb,\nweb,db; web\n", 3, 2, "depends_on", "names the service itself ('web')");
    }

    @Test
    void sameIdAsHardAndSoftDependencyIsAnError() {
        onlyProblem("id,depends_on,soft_depends_on\ndb,,\nweb,db,db\n", 3, 3, "soft_depends_on",
                "'db' is in both depends_on and soft_depends_on");
    }

    @Test
    void invalidIdInADependencyListIsAnError() {
        onlyProblem("id,depends_on\ndb,\nweb,db; main db\n", 3, 2, "depends_on", "'main db' is not a valid id");
    }

    @Test
    void protectionIntervalWithoutProtectionIsAnError() {
        onlyProblem("id,protection_interval\ndb,1h\n", 2, 2, "protection_interval", "protection is none");
    }

    @Test
    void protectionIntervalWithSynchronousReplicationIsAnError() {
        onlyProblem("id,protection,protection_interval\ndb,sync-replication,5m\n", 2, 3, "protection_interval",
                "protection is sync-replication, which has no interval");
    }

    @Test
    void transferTimeWithReplicationIsAnError() {
        onlyProblem("id,protection,protection_interval,protection_transfer\ndb,async-replication,30s,10m\n",
                2, 4, "protection_transfer", "a transfer time needs protection backup or snapshot");
    }

    @Test
    void missingIdColumnNamesTheFileAndTheColumnsFound() {
        CsvProblem problem = onlyProblem("Name, Kind ,Tier\nWeb,application,tier-1\n", 1, 0, "id", "");
        assertEquals("inventory.csv:1 (id): inventory.csv has no 'id' column; the header names Name, Kind, Tier."
                + " Every service needs an id.", problem.toString());
    }

    @Test
    void columnNamedTwiceIsAnError() {
        onlyProblem("id,Name,kind, name \nweb,Web,application,Shop\n", 1, 4, "name",
                "column 'name' is named twice, in columns 2 and 4");
    }

    @Test
    void emptyFileIsAnError() {
        CsvProblem problem = onlyProblem("", 0, 0, "", "the file is empty");
        assertEquals("inventory.csv: the file is empty; its first line must be a header naming the columns,"
                + " at least id", problem.toString());
    }

    @Test
    void unterminatedQuoteIsReportedAlone() {
        onlyProblem("id,notes\nweb,\"Front end\n\nmore\n", 2, 2, "notes", "a closing \" is missing");
    }

    @Test
    void everyProblemOfTheFileIsReportedInReadingOrder() throws Exception {
        Path broken = Path.of(getClass().getResource("/csv/broken-inventory.csv").toURI());
        CsvImportException e = assertThrows(CsvImportException.class, () -> importer.importFile(broken, "P"));
        assertEquals(List.of("2:6 depends_on", "4:5 restore", "5:3 kind", "6:1 id", "7:4 tier",
                        "7:9 protection_interval", "8:11 "),
                e.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.field()).toList());
        assertTrue(e.getMessage().startsWith("Cannot import broken-inventory.csv: 7 problems\n"
                + "broken-inventory.csv:2:6 (depends_on): depends_on names 'search', which no row defines\n"),
                e.getMessage());
    }
}
