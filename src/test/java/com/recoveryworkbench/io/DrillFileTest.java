package com.recoveryworkbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.recoveryworkbench.model.ClaimedRecovery;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.RecoveryStrategy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code drills} of a plan file: how they are written, read back, and what the reader says about
 * bad values. Locations are counted by hand from the text blocks.
 */
class DrillFileTest {
    private static final String PLAN = """
            {
              "format": "recovery-workbench-plan",
              "schemaVersion": 2,
              "name": "Drills",
              "settings": {
                "declarationDelay": "PT0S",
                "restoreCapacity": 0
              },
              "tiers": [],
              "services": [
                {
                  "id": "app",
                  "name": "App",
                  "kind": "application",
                  "tier": "tier-1",
                  "restoreTime": "PT8M"
                },
                {
                  "id": "db",
                  "name": "DB",
                  "kind": "database",
                  "tier": "tier-1",
                  "restoreTime": "PT40M",
                  "strategy": "backup-restore"
                }
              ],
              "dependencies": [
                {
                  "from": "app",
                  "to": "db",
                  "type": "hard"
                }
              ],
              "scenarios": [],
              "drills": [
                {
                  "id": "oct",
                  "date": "2026-10-03",
                  "name": "Autumn restore test",
                  "notes": "Order DB slower than claimed",
                  "results": [
                    {
                      "service": "app",
                      "outcome": "failed",
                      "planned": {
                        "restoreTime": "PT6M",
                        "dependsOn": [
                          "db"
                        ]
                      },
                      "notes": "Session keys missing"
                    },
                    {
                      "service": "db",
                      "measured": "PT55M",
                      "dataLoss": "PT10M",
                      "outcome": "recovered"
                    }
                  ]
                },
                {
                  "id": "region",
                  "date": "2026-11-20",
                  "name": "region",
                  "results": []
                }
              ]
            }
            """;

    private final PlanReader reader = new PlanReader();

    @Test
    void readsEveryFieldOfADrill() throws Exception {
        Plan plan = reader.read(PLAN, "drills.rplan.json").plan();

        Drill oct = plan.drills().get(0);
        assertEquals(List.of("oct", "region"), plan.drills().stream().map(Drill::id).toList());
        assertEquals(LocalDate.of(2026, 10, 3), oct.date());
        assertEquals("Autumn restore test", oct.name());
        assertEquals(Drill.DEFAULT_SCENARIO, oct.scenario());
        assertEquals(new DrillResult("app", null, null, DrillOutcome.FAILED,
                new ClaimedRecovery(Duration.ofMinutes(6), null, List.of("db")), "Session keys missing"),
                oct.results().get(0));
        assertEquals(new DrillResult("db", Duration.ofMinutes(55), Duration.ofMinutes(10), DrillOutcome.RECOVERED,
                new ClaimedRecovery(Duration.ofMinutes(40), RecoveryStrategy.BACKUP_RESTORE, List.of()), ""),
                oct.results().get(1));
    }

    @Test
    void writesDrillsAfterTheScenariosExactlyAsTheyWereRead() throws Exception {
        Plan plan = reader.read(PLAN, "drills.rplan.json").plan();

        assertEquals(PLAN, new PlanWriter().toJson(plan));
    }

    @Test
    void aResultWithoutWhatThePlanClaimedClaimedWhatThePlanInTheFileClaims() throws Exception {
        Plan plan = reader.read(PLAN, "drills.rplan.json").plan();

        // The writer leaves "planned" out exactly when it equals the plan's own claim: here for the DB.
        assertEquals(ClaimedRecovery.of(plan, "db"), plan.drills().get(0).results().get(1).claimed());
    }

    @Test
    void aClaimThatStillHoldsIsLeftOutAndAppearsOnceThePlanChanges() throws Exception {
        Plan plan = reader.read(PLAN, "drills.rplan.json").plan();
        Plan faster = plan.withService(plan.service("db").orElseThrow().toBuilder()
                .restoreTime(Duration.ofMinutes(30)).build());

        String text = new PlanWriter().toJson(faster);

        assertEquals(2, count(text, "\"planned\""));
        assertEquals(faster, reader.read(text, "faster.rplan.json").plan());
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void aPlanWithoutDrillsIsWrittenWithoutTheKey() {
        assertEquals(-1, new PlanWriter().toJson(Plan.empty("None")).indexOf("drills"));
    }

    @Test
    void reportsEveryBadValueOfADrillWithItsPlace() {
        List<PlanProblem> problems = assertThrows(PlanFileException.class, () -> reader.read("""
                {
                  "format": "recovery-workbench-plan",
                  "schemaVersion": 2,
                  "name": "Drills",
                  "services": [
                    { "id": "db", "kind": "database", "tier": "tier-1", "restoreTime": "PT40M" },
                    { "id": "app", "kind": "application", "tier": "tier-1", "restoreTime": "PT8M" }
                  ],
                  "dependencies": [ { "from": "app", "to": "db", "type": "hard" } ],
                  "drills": [
                    {
                      "id": "oct",
                      "date": "2026-10-03",
                      "scenario": "eu-west",
                      "results": [
                        { "service": "db", "measured": "PT0S", "outcome": "recovered" },
                        { "service": "app", "measured": "-PT5M", "outcome": "recovered" },
                        { "service": "cache", "measured": "PT5M", "outcome": "recovered" },
                        { "service": "db", "outcome": "partial" }
                      ]
                    },
                    { "id": "oct", "date": "2026-13-01", "results": [] }
                  ]
                }
                """, "bad.rplan.json")).problems();

        assertEquals(List.of(
                problem(14, 19, "drills[0].scenario", "\"eu-west\" is not a scenario of this plan; known: total"),
                problem(16, 40, "drills[0].results[0].measured",
                        "expected a measured time of more than zero, found \"PT0S\""),
                problem(17, 41, "drills[0].results[1].measured", "expected a duration of zero or more, found \"-PT5M\""),
                problem(18, 22, "drills[0].results[2].service", "\"cache\" is not a service in this plan"),
                problem(19, 9, "drills[0].results[3].measured",
                        "a partial result needs its measured time, such as \"PT55M\"; only a failed one may leave it out"),
                problem(19, 22, "drills[0].results[3].service",
                        "the drill has a result for \"db\" already, at drills[0].results[0] at line 16, column 9"),
                problem(22, 13, "drills[1].id", "duplicate drill id \"oct\"; the first is drills[0] at line 11, column 5"),
                problem(22, 28, "drills[1].date", "expected a date such as \"2026-10-03\", found \"2026-13-01\"")),
                problems);
    }

    @Test
    void aDrillAfterTheDateThePlanIsCheckedAsOfIsRefused() {
        PlanFileException e = assertThrows(PlanFileException.class, () -> reader
                .withDrillsUpTo(LocalDate.of(2026, 10, 1)).read(PLAN, "drills.rplan.json"));

        assertEquals("drills.rplan.json:38:15: drills[0].date: the drill is dated 2026-10-03, after 2026-10-01, the date"
                + " the plan is checked as of; a drill cannot have happened yet\n"
                + "drills.rplan.json:63:15: drills[1].date: the drill is dated 2026-11-20, after 2026-10-01, the date"
                + " the plan is checked as of; a drill cannot have happened yet", e.getMessage());
    }

    private static PlanProblem problem(int line, int column, String field, String message) {
        return new PlanProblem("bad.rplan.json", line, column, field, message);
    }
}
