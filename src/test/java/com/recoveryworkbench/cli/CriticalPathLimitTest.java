package com.recoveryworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.recoveryworkbench.testplans.TestPlans;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON report stays linear in the plan: on a chain of 150 one-minute restores (tier-1, RTO 30m,
 * so s030 onwards miss), a critical path lists its last 100 ids and gives the whole length; a path of
 * 100 or fewer is written whole, without the new field.
 */
class CriticalPathLimitTest {
    private static final int CHAIN = 150;

    @TempDir
    Path dir;

    @Test
    void aLongCriticalPathListsItsLastHundredStepsAndTheWholeLength() throws Exception {
        JsonNode report = report();
        JsonNode last = service(report, "s149");

        assertEquals(ids(50, 150), texts(last.get("criticalPath")));
        assertEquals(150, last.get("criticalPathLength").asInt());
    }

    @Test
    void aPathOfAHundredStepsIsWrittenWholeAsBefore() throws Exception {
        JsonNode report = report();

        assertEquals(ids(0, 100), texts(service(report, "s099").get("criticalPath")));
        assertFalse(service(report, "s099").has("criticalPathLength"));
        assertEquals(ids(0, 101).subList(1, 101), texts(service(report, "s100").get("criticalPath")));
        assertEquals(101, service(report, "s100").get("criticalPathLength").asInt());
    }

    @Test
    void aFindingListsItsFirstHundredServicesAndTheirCount() throws Exception {
        JsonNode miss = null;
        for (JsonNode finding : report().get("findings")) {
            if (finding.get("services").get(0).asText().equals("s149") && finding.get("rule").asText().equals("rto-miss")) {
                miss = finding;
            }
        }

        // The missing service first, then its chain from the beginning.
        List<String> expected = new ArrayList<>(List.of("s149"));
        expected.addAll(ids(0, 99));
        assertEquals(expected, texts(miss.get("services")));
        assertEquals(150, miss.get("serviceCount").asInt());
    }

    private JsonNode report() throws Exception {
        String services = IntStream.range(0, CHAIN).mapToObj(i -> """
                { "id": "s%03d", "name": "S%d", "kind": "application", "tier": "tier-1", "restoreTime": "PT1M",
                  "position": { "x": %d, "y": 0 } }""".formatted(i, i, i * 200)).collect(Collectors.joining(",\n"));
        String dependencies = IntStream.range(1, CHAIN)
                .mapToObj(i -> "{ \"from\": \"s%03d\", \"to\": \"s%03d\", \"type\": \"hard\" }".formatted(i, i - 1))
                .collect(Collectors.joining(",\n"));
        Path plan = TestPlans.write(dir, "chain.rplan.json",
                TestPlans.plan("Chain", "PT0S", 0, services + "\n", dependencies + "\n"));
        CommandRun run = CommandRun.of("check", plan.toString(), "--format", "json");
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    private static JsonNode service(JsonNode report, String id) {
        for (JsonNode service : report.get("services")) {
            if (service.get("id").asText().equals(id)) {
                return service;
            }
        }
        throw new AssertionError("no service " + id);
    }

    private static List<String> ids(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "s%03d".formatted(i)).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
