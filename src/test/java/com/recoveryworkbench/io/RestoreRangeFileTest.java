package com.recoveryworkbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.RestoreTimeRange;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A service's {@code restoreTimeRange} in a plan file: read, refused with a location when wrong, written back the same. */
class RestoreRangeFileTest {
    private static final String FILE = """
            {
              "format": "recovery-workbench-plan",
              "schemaVersion": 2,
              "name": "Ranged",
              "settings": {
                "declarationDelay": "PT0S",
                "restoreCapacity": 0
              },
              "tiers": [],
              "services": [
                {
                  "id": "db",
                  "name": "db",
                  "kind": "database",
                  "tier": "tier-1",
                  "restoreTime": "PT40M",
                  "restoreTimeRange": {
                    "min": "PT30M",
                    "max": "PT1H5M"
                  }
                },
                {
                  "id": "web",
                  "name": "web",
                  "kind": "application",
                  "tier": "tier-1",
                  "restoreTime": "PT10M"
                }
              ],
              "dependencies": [],
              "scenarios": []
            }
            """;

    private final PlanReader reader = new PlanReader();

    @Test
    void readsTheRangeBesideTheLikelyRestoreTime() throws Exception {
        Plan plan = reader.read(FILE, "ranged.rplan.json").plan();

        assertEquals(new RestoreTimeRange(Duration.ofMinutes(30), Duration.ofMinutes(65)),
                plan.service("db").orElseThrow().restoreTimeRange());
        assertNull(plan.service("web").orElseThrow().restoreTimeRange());
    }

    @Test
    void writesTheFileBackByteForByte() throws Exception {
        assertEquals(FILE, PlanJsonEncoder.encode(reader.read(FILE, "ranged.rplan.json").plan()));
    }

    @Test
    void refusesABackwardsRangeAtItsMin() {
        assertEquals(List.of(new PlanProblem("bad.rplan.json", 18, 16, "services[0].restoreTimeRange.min",
                        "the shortest restore time 1h5m is longer than the longest (max) 30m")),
                problems(FILE.replace("\"PT30M\"", "\"PT1H5M\"").replace("\"max\": \"PT1H5M\"", "\"max\": \"PT30M\"")));
    }

    @Test
    void refusesALikelyValueOutsideTheRange() {
        assertEquals(List.of(new PlanProblem("bad.rplan.json", 17, 27, "services[0].restoreTimeRange",
                        "restoreTime 20m is outside the range 30m–1h5m; the likely value must lie between min and max")),
                problems(FILE.replace("\"PT40M\"", "\"PT20M\"")));
    }

    @Test
    void refusesARangeWithoutALikelyValue() {
        assertEquals(List.of(new PlanProblem("bad.rplan.json", 17, 27, "services[0].restoreTimeRange",
                        "a restore range needs a restoreTime (the likely value) within it")),
                problems(FILE.replace("\"restoreTime\": \"PT40M\",", "")));
    }

    @Test
    void refusesZeroAndNegativeEnds() {
        assertEquals(List.of(new PlanProblem("bad.rplan.json", 18, 16, "services[0].restoreTimeRange.min",
                        "expected a duration of more than zero, found \"PT0S\"")),
                problems(FILE.replace("\"PT30M\"", "\"PT0S\"")));
        assertEquals(List.of(new PlanProblem("bad.rplan.json", 19, 16, "services[0].restoreTimeRange.max",
                        "expected a duration of zero or more, found \"-PT5M\"")),
                problems(FILE.replace("\"PT1H5M\"", "\"-PT5M\"")));
    }

    private List<PlanProblem> problems(String json) {
        return assertThrows(PlanFileException.class, () -> reader.read(json, "bad.rplan.json")).problems();
    }
}
