package com.recoveryworkbench.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.ProtectionMethod;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.testplans.TestPlans;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanWriterTest {
    private final PlanWriter writer = new PlanWriter();

    @Test
    void writesKeysInTheFixedOrderAndListsSortedById() {
        assertEquals(TestPlans.text("golden.rplan.json"), writer.toJson(TestPlans.retail()));
    }

    @Test
    void savesTheSameBytesAsTheTextInUtf8(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("retail.rplan.json");

        writer.save(TestPlans.retail(), file);

        assertArrayEquals(TestPlans.text("golden.rplan.json").getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(file));
    }

    @Test
    void writesAnEmptyPlanWithEmptyListsAndSettings() {
        Plan empty = new Plan("Empty", "", Settings.DEFAULT, List.of(), List.of(), List.of());

        assertEquals("""
                {
                  "format": "recovery-workbench-plan",
                  "schemaVersion": 2,
                  "name": "Empty",
                  "settings": {
                    "declarationDelay": "PT0S",
                    "restoreCapacity": 0
                  },
                  "tiers": [],
                  "services": [],
                  "dependencies": [],
                  "scenarios": []
                }
                """, writer.toJson(empty));
    }

    @Test
    void writesProtectionWithMethodNoneWhenItStillHasFigures() {
        Service service = Service.builder("db", ServiceKind.DATABASE)
                .protection(new DataProtection(ProtectionMethod.NONE, Duration.ofHours(6), null)).build();

        String json = writer.toJson(onlyService(service));

        assertTrue(json.contains("""
                      "protection": {
                        "method": "none",
                        "interval": "PT6H"
                      }
                """), json);
    }

    @Test
    void leavesOutEverythingAServiceDoesNotKnow() {
        String json = writer.toJson(onlyService(Service.builder("db", ServiceKind.DATABASE).build()));

        assertTrue(json.contains("""
                  "services": [
                    {
                      "id": "db",
                      "name": "db",
                      "kind": "database",
                      "tier": "tier-2"
                    }
                  ],
                """), json);
    }

    @Test
    void writesCoordinatesAsIntegersWhenWholeElseWithAtMostTwoDecimals() {
        assertEquals("120", PlanJsonEncoder.coordinate(120.0));
        assertEquals("80.5", PlanJsonEncoder.coordinate(80.5));
        assertEquals("0.13", PlanJsonEncoder.coordinate(0.125));
        assertEquals("-35.26", PlanJsonEncoder.coordinate(-35.257));
        assertEquals("1000000", PlanJsonEncoder.coordinate(1e6));
        assertEquals("0", PlanJsonEncoder.coordinate(-0.0));
        assertEquals("0", PlanJsonEncoder.coordinate(0.004));
    }

    @Test
    void leavesOutAPositionThatRoundsToTheOrigin() {
        String json = writer.toJson(onlyService(Service.builder("db", ServiceKind.DATABASE)
                .position(-0.0, 0.001).build()));

        assertFalse(json.contains("position"), json);
    }

    @Test
    void endsLinesWithNewlineOnlyAndTheFileWithOne() {
        String json = writer.toJson(TestPlans.retail());

        assertFalse(json.contains("\r"));
        assertTrue(json.endsWith("}\n"));
        assertFalse(json.endsWith("\n\n"));
    }

    private static Plan onlyService(Service service) {
        return new Plan("One", "", Settings.DEFAULT, List.of(), List.of(service), List.of());
    }
}
