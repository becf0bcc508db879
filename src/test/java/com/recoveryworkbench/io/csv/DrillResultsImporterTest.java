package com.recoveryworkbench.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.PlanProblem;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrillResultsImporterTest {
    private static final LocalDate DAY = LocalDate.of(2026, 10, 3);
    private static final Plan PLAN = new Plan("Shop", "", Settings.DEFAULT, TierPolicy.defaults(), List.of(
            Service.builder("db", ServiceKind.DATABASE).restoreTime(Duration.ofMinutes(40)).build(),
            Service.builder("app", ServiceKind.APPLICATION).restoreTime(Duration.ofMinutes(8)).build()), List.of());

    private final DrillResultsImporter importer = new DrillResultsImporter();

    private DrillImport read(String csv) throws PlanFileException {
        return importer.importText(csv, "results.csv", PLAN, DAY);
    }

    private List<String> problems(String csv) {
        return assertThrows(PlanFileException.class, () -> read(csv)).problems().stream()
                .map(PlanProblem::toString).toList();
    }

    @Test
    void timestampsWithZoneOffsetsAreComparedAsMoments() throws Exception {
        // 09:00+02:00 is 07:00 UTC; 07:55Z is 55 minutes later.
        DrillImport imported = read("id,start,end,outcome\ndb,2026-10-03T09:00+02:00,2026-10-03T07:55:00Z,recovered\n");

        assertEquals(Duration.ofMinutes(55), imported.results().get(0).measured());
    }

    @Test
    void aTimeOnlyIsOnTheDayOfTheDrillAndFractionsRoundToTheSecond() throws Exception {
        DrillImport imported = read("id,start,end,outcome\ndb,08:00,08:09:10.6,recovered\n");

        assertEquals(Duration.ofMinutes(9).plusSeconds(11), imported.results().get(0).measured());
    }

    @Test
    void headerNamesAreReadLikeSpreadsheetHeadingsAndUnknownColumnsAreWarnedAbout() throws Exception {
        DrillImport imported = read("\uFEFFID,Measured,Data loss,Outcome,Owner\n db ,1h7m,5m,Recovered,ops\n,,,,\n");

        DrillResult db = imported.results().get(0);
        assertEquals("db", db.service());
        assertEquals(Duration.ofMinutes(67), db.measured());
        assertEquals(Duration.ofMinutes(5), db.dataLoss());
        assertEquals(List.of("results.csv:1:5: owner: column 'owner' is not known and is ignored; known columns:"
                + " id, measured, start, end, data_loss, outcome, notes"),
                imported.warnings().stream().map(PlanProblem::toString).toList());
    }

    @Test
    void mixingAZonedAndAPlainTimestampIsAnError() {
        assertEquals(List.of("results.csv:2:3: end: start and end must both have a zone offset (+02:00, Z) or neither"),
                problems("id,start,end,outcome\ndb,2026-10-03T09:00+02:00,2026-10-03T09:55,recovered\n"));
    }

    @Test
    void aMeasuredTimeAndTimestampsTogetherOrHalfATimestampPairAreErrors() {
        assertEquals(List.of(
                "results.csv:2:2: measured: give the measured time or start and end, not both",
                "results.csv:3:4: end: the end is empty; give both start and end, or the measured time",
                "results.csv:4:1: id: 'db' has a result on line 2 already; a drill has one result per service",
                "results.csv:4:3: start: 'soon' is not a timestamp such as 2026-10-03T09:12:00, 2026-10-03 09:12"
                        + " or 09:12"),
                problems("id,measured,start,end,outcome\ndb,5m,08:00,08:05,recovered\napp,,08:00,,recovered\n"
                        + "db,,soon,09:00,failed\n"));
    }

    @Test
    void aSheetWithAHeaderButNoRowsSaysSo() {
        assertEquals(List.of("results.csv: the file has a header but no results; add one row per service the drill"
                + " tested"), problems("id,measured,outcome\n\n"));
    }

    @Test
    void aColumnNamedTwiceAndAMissingOutcomeStopTheImportAtTheHeader() {
        assertEquals(List.of(
                "results.csv:1:1: outcome: results.csv has no 'outcome' column; write recovered, partial or failed for"
                        + " each service",
                "results.csv:1:4: measured: column 'measured' is named twice, in columns 2 and 4; a header names each"
                        + " column once"),
                problems("id,measured,,Measured\ndb,5m,,6m\n"));
    }
}
