package com.recoveryworkbench.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.io.Imported;
import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.PlanProblem;
import com.recoveryworkbench.io.imports.ImportFormat;
import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.ProtectionMethod;
import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvPlanImporterTest {
    /** The most any import reads: 20 MiB. */
    private static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private final CsvPlanImporter importer = new CsvPlanImporter();

    @TempDir
    Path dir;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(CsvPlanImporterTest.class.getResource("/csv/" + name).toURI());
    }

    /** The fixture read as a file, as {@code import --from csv} reads it. */
    private static Imported importFixture() throws Exception {
        return ImportFormat.CSV.importFile(fixture("inventory.csv"), "Shop");
    }

    private Plan inventory() throws Exception {
        return importFixture().plan();
    }

    @Test
    void fixtureIsWrittenTheWaySpreadsheetsWriteIt() throws Exception {
        byte[] bytes = Files.readAllBytes(fixture("inventory.csv"));
        String raw = new String(bytes, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', raw.charAt(0));
        assertTrue(raw.contains("\r\n"));
    }

    @Test
    void importsEveryRowOfARealisticInventory() throws Exception {
        Plan plan = inventory();
        assertEquals(List.of("auth", "backups", "checkout", "dns", "idp", "legacy-db", "orders-db", "payments-gw",
                "queue", "recommendations", "reports", "sessions"),
                plan.services().stream().map(Service::id).toList());
    }

    @Test
    void planGetsTheGivenNameDefaultTiersAndDefaultSettings() throws Exception {
        Plan plan = inventory();
        assertEquals("Shop", plan.name());
        assertEquals(TierPolicy.defaults(), plan.tiers());
        assertEquals(Settings.DEFAULT, plan.settings());
    }

    @Test
    void quotedCellsKeepTheirCommasQuotesAndLineBreaks() throws Exception {
        Service legacy = inventory().service("legacy-db").orElseThrow();
        Service expected = Service.builder("legacy-db", ServiceKind.DATABASE)
                .name("Legacy DB").tier("tier-1").restoreTime(Duration.ofMinutes(40))
                .protection(DataProtection.backup(Duration.ofHours(1), Duration.ofMinutes(15)))
                .strategy(RecoveryStrategy.BACKUP_RESTORE).owner("DBA").region("eu-west-1")
                .notes("Monolithic Oracle; restarts slowly.\nCheck the \"archive\" log first.")
                .position(340, 190)
                .build();
        assertEquals(expected, legacy);
    }

    @Test
    void readsEveryColumnOfAService() throws Exception {
        Service checkout = inventory().service("checkout").orElseThrow();
        Service expected = Service.builder("checkout", ServiceKind.APPLICATION)
                .name("Checkout").tier("tier-0").restoreTime(Duration.ofMinutes(8))
                .rtoTarget(Duration.ofMinutes(20)).rpoTarget(Duration.ofMinutes(5))
                .strategy(RecoveryStrategy.WARM_STANDBY).owner("Payments").region("eu-west-1")
                .position(900, 60)
                .build();
        assertEquals(expected, checkout);
    }

    @Test
    void emptyCellsTakeTheDefaults() throws Exception {
        Service gateway = inventory().service("payments-gw").orElseThrow();
        Service expected = Service.builder("payments-gw", ServiceKind.EXTERNAL)
                .name("Payment gateway").tier("tier-0").owner("Acme Payments, Inc.")
                .notes("SLA 99,95 % – contrat « Acme »")
                .position(60, 320)
                .build();
        assertEquals(expected, gateway);
    }

    @Test
    void durationsAreReadInEveryForm() throws Exception {
        Map<String, Duration> restore = inventory().services().stream().filter(s -> s.restoreTime() != null)
                .collect(Collectors.toMap(Service::id, Service::restoreTime));
        assertEquals(Duration.ofSeconds(551), restore.get("orders-db"));
        assertEquals(Duration.ofSeconds(150), restore.get("sessions"));
        assertEquals(Duration.ofMinutes(20), restore.get("queue"));
        assertEquals(Duration.ofMinutes(90), restore.get("recommendations"));
        assertEquals(Duration.ofMinutes(10), restore.get("idp"));
    }

    @Test
    void tierShorthandsNameTheDefaultTiers() throws Exception {
        Plan plan = inventory();
        assertEquals("tier-0", plan.service("idp").orElseThrow().tier());
        assertEquals("tier-1", plan.service("orders-db").orElseThrow().tier());
        assertEquals("tier-2", plan.service("sessions").orElseThrow().tier());
        assertEquals("tier-3", plan.service("reports").orElseThrow().tier());
    }

    @Test
    void protectionIsReadWithItsFigures() throws Exception {
        Plan plan = inventory();
        assertEquals(DataProtection.asyncReplication(Duration.ofSeconds(30)),
                plan.service("orders-db").orElseThrow().protection());
        assertEquals(DataProtection.syncReplication(), plan.service("queue").orElseThrow().protection());
        assertEquals(new DataProtection(ProtectionMethod.SNAPSHOT, Duration.ofHours(24), Duration.ZERO),
                plan.service("backups").orElseThrow().protection());
        assertEquals(DataProtection.NONE, plan.service("dns").orElseThrow().protection());
    }

    @Test
    void statefulIsExplicitOnlyWhereTheCellSaysSo() throws Exception {
        Plan plan = inventory();
        assertEquals(Boolean.FALSE, plan.service("sessions").orElseThrow().stateful());
        assertEquals(Boolean.TRUE, plan.service("backups").orElseThrow().stateful());
        assertEquals(null, plan.service("legacy-db").orElseThrow().stateful());
    }

    @Test
    void dependenciesAreHardOrSoftAsTheirColumnSays() throws Exception {
        assertEquals(List.of(
                        Dependency.hard("auth", "idp"), Dependency.hard("auth", "legacy-db"),
                        Dependency.soft("auth", "sessions"),
                        Dependency.hard("checkout", "auth"), Dependency.hard("checkout", "orders-db"),
                        Dependency.hard("checkout", "payments-gw"), Dependency.hard("checkout", "queue"),
                        Dependency.soft("checkout", "recommendations"),
                        Dependency.hard("idp", "dns"), Dependency.hard("legacy-db", "dns"),
                        Dependency.hard("orders-db", "dns"), Dependency.hard("queue", "dns"),
                        Dependency.hard("recommendations", "orders-db"), Dependency.hard("reports", "legacy-db"),
                        Dependency.hard("sessions", "dns")),
                inventory().dependencies());
    }

    @Test
    void servicesAreLaidOutInWaveColumnsSortedByName() throws Exception {
        // Wave 1: Backup storage, DNS, Payment gateway; wave 2: Identity provider, Legacy DB, Order queue,
        // Orders DB, Session cache; wave 3: Auth, Recommendations, Reports; wave 4: Checkout.
        Map<String, String> positions = inventory().services().stream().collect(Collectors.toMap(Service::id,
                s -> (int) s.position().x() + "," + (int) s.position().y()));
        assertEquals(Map.ofEntries(
                Map.entry("backups", "60,60"), Map.entry("dns", "60,190"), Map.entry("payments-gw", "60,320"),
                Map.entry("idp", "340,60"), Map.entry("legacy-db", "340,190"), Map.entry("queue", "340,320"),
                Map.entry("orders-db", "340,450"), Map.entry("sessions", "340,580"),
                Map.entry("auth", "620,60"), Map.entry("recommendations", "620,190"), Map.entry("reports", "620,320"),
                Map.entry("checkout", "900,60")), positions);
    }

    @Test
    void warnsAboutUnknownColumnsAndTiersTheDefaultsLack() throws Exception {
        List<PlanProblem> warnings = importFixture().warnings();
        assertEquals(2, warnings.size());
        PlanProblem column = warnings.get(0);
        assertEquals(List.of(1, 18, "cost_centre"), List.of(column.line(), column.column(), column.field()));
        assertTrue(column.message().contains("known columns: id, name, kind"), column.message());
        PlanProblem tier = warnings.get(1);
        assertEquals(List.of(14, 4, "tier"), List.of(tier.line(), tier.column(), tier.field()));
        assertTrue(tier.message().contains("unknown-tier"), tier.message());
        assertEquals("gold", importFixture().plan()
                .service("backups").orElseThrow().tier());
    }

    @Test
    void shippedSampleInventoryImportsWithoutAWarning() throws Exception {
        // docs/csv-format.md and the import commands' help point people at this file.
        Imported sample = ImportFormat.CSV.importFile(Path.of("assets", "samples", "inventory.csv"), "Sample");
        Plan plan = sample.plan();
        assertEquals(List.of(), sample.warnings());
        assertEquals(16, plan.serviceCount());
        assertEquals(24, plan.dependencies().stream().filter(Dependency::isHard).count());
        assertEquals(2, plan.dependencies().stream().filter(d -> !d.isHard()).count());
        // Misses are what a first inventory shows; a finding about how it is written would be the sample's fault.
        Set<String> aboutTheFile = Set.of(Finding.RULE_CYCLE, Finding.RULE_UNKNOWN_DEPENDENCY, Finding.RULE_UNKNOWN_TIER,
                Finding.RULE_MISSING_RESTORE_TIME);
        assertEquals(List.of(), new RecoveryAnalyzer().analyze(plan).findings().stream()
                .filter(f -> aboutTheFile.contains(f.rule())).toList());
    }

    @Test
    void lineEndsAndByteOrderMarkDoNotChangeThePlan() throws Exception {
        String crlf = Files.readString(fixture("inventory.csv"));
        String lf = crlf.substring(1).replace("\r\n", "\n");
        assertEquals(inventory(), importer.importText(lf, "inventory.csv", "Shop").plan());
        assertEquals(inventory(), importer.importText(crlf, "inventory.csv", "Shop").plan());
    }

    @Test
    void sameTextGivesAnEqualPlan() throws Exception {
        assertEquals(inventory(), inventory());
    }

    @Test
    void headerOnlyGivesAnEmptyPlan() throws Exception {
        Imported result = importer.importText("id,name\n", "x.csv", "Empty");
        assertEquals(0, result.plan().serviceCount());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void rowWithFewerCellsThanTheHeaderLeavesTheRestEmpty() throws Exception {
        Plan plan = importer.importText("id,name,kind,tier\ndb,Database\n", "x.csv", "P").plan();
        Service db = plan.service("db").orElseThrow();
        assertEquals(ServiceKind.APPLICATION, db.kind());
        assertEquals("tier-2", db.tier());
        assertEquals("Database", db.name());
    }

    @Test
    void nameDefaultsToTheId() throws Exception {
        Plan plan = importer.importText("id\ncrm\n", "x.csv", "P").plan();
        assertEquals("crm", plan.service("crm").orElseThrow().name());
    }

    @Test
    void blankRowsAreSkipped() throws Exception {
        Plan plan = importer.importText("id,name\n\ndb,DB\n,\n  , \nweb,Web\n\n", "x.csv", "P").plan();
        assertEquals(List.of("db", "web"), plan.services().stream().map(Service::id).toList());
    }

    @Test
    void repeatedIdInADependencyListCountsOnce() throws Exception {
        Plan plan = importer.importText("id,depends_on\ndb,\nweb,db; db;\n", "x.csv", "P").plan();
        assertEquals(List.of(Dependency.hard("web", "db")), plan.dependencies());
    }

    @Test
    void rowThatDependsOnItselfIsKeptWithAWarningNamingItsLine() throws Exception {
        // A monitoring server scraping itself: the file used to be refused for it.
        Imported result = importer.importText("id,depends_on,soft_depends_on\ndb,,\nmonitor,monitor; db,\n"
                + "cache,,cache\n", "x.csv", "P");
        assertEquals(List.of(Dependency.soft("cache", "cache"), Dependency.hard("monitor", "db"),
                Dependency.hard("monitor", "monitor")), result.plan().dependencies());
        assertEquals(List.of("x.csv:3:2: depends_on: depends_on names the service itself ('monitor'); the dependency"
                        + " is kept, and check reports it as a cycle of one service",
                "x.csv:4:3: soft_depends_on: soft_depends_on names the service itself ('cache'); the dependency"
                        + " is kept and changes nothing in the recovery"),
                result.warnings().stream().map(PlanProblem::toString).toList());
    }

    @Test
    void columnWithoutANameIsIgnoredWithAWarning() throws Exception {
        Imported result = importer.importText("id,,name\ndb,whatever,DB\n", "x.csv", "P");
        assertEquals("DB", result.plan().service("db").orElseThrow().name());
        assertEquals(List.of("x.csv:1:2: column 2 has no name; its cells are ignored"),
                result.warnings().stream().map(PlanProblem::toString).toList());
    }

    @Test
    void fileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("big.csv");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(MAX_FILE_BYTES + 1);
        }
        PlanFileException e = assertThrows(PlanFileException.class, () -> ImportFormat.CSV.importFile(big, "P"));
        assertEquals("big.csv: the file is larger than 20 MB, the most an import reads",
                e.problems().get(0).toString());
    }

    @Test
    void fileOfExactlyTheLimitIsRead() throws Exception {
        Path limit = dir.resolve("limit.csv");
        byte[] bytes = new byte[(int) MAX_FILE_BYTES];
        Arrays.fill(bytes, (byte) 'x');
        byte[] start = "id,notes\nsvc,\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, bytes, 0, start.length);
        bytes[bytes.length - 1] = '"';
        Files.write(limit, bytes);
        Service svc = ImportFormat.CSV.importFile(limit, "P").plan().service("svc").orElseThrow();
        assertEquals(bytes.length - start.length - 1, svc.notes().length());
    }

    @Test
    void missingFileIsReportedByName() {
        PlanFileException e = assertThrows(PlanFileException.class,
                () -> ImportFormat.CSV.importFile(dir.resolve("gone.csv"), "P"));
        assertEquals("gone.csv: cannot read the file: no such file", e.problems().get(0).toString());
    }

    @Test
    void malformedUtf8IsAnErrorAtItsLineAndColumn() throws IOException {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "id,name\ncafe,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        PlanFileException e = assertThrows(PlanFileException.class, () -> ImportFormat.CSV.importFile(latin1, "P"));
        // Line 2, column 9: where a person finds it in an editor, not the byte offset 16.
        assertEquals("latin1.csv:2:9: the file is not UTF-8: byte 0xe9 cannot start or continue a character;"
                + " save the spreadsheet as \"CSV UTF-8\"", e.problems().get(0).toString());
    }
}
