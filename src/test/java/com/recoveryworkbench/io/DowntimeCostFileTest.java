package com.recoveryworkbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Settings;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cost-of-downtime fields of a plan file: read, refused with a location when wrong, written back the same. */
class DowntimeCostFileTest {
    private static final String FILE = """
            {
              "format": "recovery-workbench-plan",
              "schemaVersion": 2,
              "name": "Costed",
              "settings": {
                "declarationDelay": "PT0S",
                "restoreCapacity": 0,
                "currency": "EUR",
                "horizon": "PT72H"
              },
              "tiers": [
                {
                  "id": "tier-1",
                  "name": "Business critical",
                  "rtoTarget": "PT1H",
                  "rpoTarget": "PT15M",
                  "color": "#ef8a62",
                  "downtimeCostPerHour": 12000
                }
              ],
              "services": [
                {
                  "id": "web",
                  "name": "web",
                  "kind": "application",
                  "tier": "tier-1",
                  "restoreTime": "PT10M",
                  "downtimeCostPerHour": 2500.5
                }
              ],
              "dependencies": [],
              "scenarios": []
            }
            """;

    private final PlanReader reader = new PlanReader();

    @Test
    void readsRatesCurrencyAndHorizon() throws Exception {
        Plan plan = reader.read(FILE, "costed.rplan.json").plan();

        assertEquals("EUR", plan.settings().currency());
        assertEquals(Duration.ofDays(3), plan.settings().horizon());
        assertEquals(new BigDecimal("12000"), plan.tier("tier-1").orElseThrow().downtimeCostPerHour());
        assertEquals(new BigDecimal("2500.5"), plan.service("web").orElseThrow().downtimeCostPerHour());
    }

    @Test
    void writesTheFileBackByteForByte() throws Exception {
        Plan plan = reader.read(FILE, "costed.rplan.json").plan();

        assertEquals(FILE, PlanJsonEncoder.encode(plan));
    }

    @Test
    void aPlanWithoutCostsWritesNoneOfTheFields() {
        String text = PlanJsonEncoder.encode(Plan.empty("plain"));

        assertEquals(List.of(), List.of("currency", "horizon", "downtimeCostPerHour").stream()
                .filter(text::contains).toList());
        assertEquals(Settings.DEFAULT_HORIZON, Plan.empty("plain").settings().horizon());
    }

    @Test
    void refusesBadRatesAndHorizonsSayingWhereAndWhat() {
        String bad = FILE.replace("\"horizon\": \"PT72H\"", "\"horizon\": \"PT0S\"")
                .replace("\"downtimeCostPerHour\": 12000", "\"downtimeCostPerHour\": -5")
                .replace("\"downtimeCostPerHour\": 2500.5", "\"downtimeCostPerHour\": \"lots\"");

        PlanFileException e = assertThrows(PlanFileException.class, () -> reader.read(bad, "bad.rplan.json"));

        assertEquals(List.of(
                new PlanProblem("bad.rplan.json", 9, 16, "settings.horizon",
                        "expected a duration longer than zero, found \"PT0S\""),
                new PlanProblem("bad.rplan.json", 18, 30, "tiers[0].downtimeCostPerHour",
                        "expected a cost per hour zero or more, found -5"),
                new PlanProblem("bad.rplan.json", 28, 30, "services[0].downtimeCostPerHour",
                        "expected a cost per hour (a number), found \"lots\"")), e.problems());
    }

    @Test
    void refusesAFractionOfACent() {
        String bad = FILE.replace("2500.5", "2500.505");

        PlanFileException e = assertThrows(PlanFileException.class, () -> reader.read(bad, "bad.rplan.json"));

        assertEquals(List.of(new PlanProblem("bad.rplan.json", 28, 30, "services[0].downtimeCostPerHour",
                "expected a cost per hour in whole hundredths (at most two decimals), found 2500.505")), e.problems());
    }
}
