package com.recoveryworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.recoveryworkbench.testplans.TestPlans;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format json} on {@link TestPlans#handWorked()}, every figure worked out by hand. */
class CheckJsonReportTest {
    @TempDir
    Path dir;

    private CommandRun run;
    private JsonNode report;

    @BeforeEach
    void check() throws Exception {
        Path plan = TestPlans.write(dir, "hand.rplan.json",
                TestPlans.handWorked());
        run = CommandRun.of("check", plan.toString(), "--format", "json");
        report = new ObjectMapper().readTree(run.out());
    }

    @Test
    void exitsOneBecauseOfTheMissesAndTheCycle() {
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void keysComeInTheDocumentedOrder() {
        assertAll(
                () -> assertEquals(List.of("plan", "scenario", "makespanSeconds", "cycles", "services", "findings",
                        "summary"), keys(report)),
                () -> assertEquals(List.of("id", "name"), keys(report.get("scenario"))),
                () -> assertEquals(List.of("id", "name", "tier", "state", "verdict", "wave", "startSeconds",
                        "upSeconds",
                        "rtoTargetSeconds", "rtoMet", "rpoSeconds", "rpoTargetSeconds", "rpoMet", "slackSeconds",
                        "criticalPath"), keys(report.get("services").get(0))),
                () -> assertEquals(List.of("severity", "rule", "services", "message"),
                        keys(report.get("findings").get(0))),
                () -> assertEquals(List.of("services", "compliant", "rtoMisses", "rpoMisses", "errors", "warnings",
                        "passes", "failsBecause"),
                        keys(report.get("summary"))));
    }

    @Test
    void planMakespanAndCycles() {
        assertEquals("Hand-worked", report.get("plan").asText());
        assertEquals(35 * 60, report.get("makespanSeconds").asLong());
        assertEquals("[[\"billing-job\",\"ledger-sync\"]]", report.get("cycles").toString());
    }

    @Test
    void servicesAreSortedByIdWithHandWorkedFigures() {
        JsonNode services = report.get("services");
        assertEquals(List.of("api", "billing-job", "cache", "files", "ledger-sync", "orders-db"),
                services.findValuesAsText("id"));
        assertAll(
                () -> assertEquals("""
                        {"id":"api","name":"API","tier":"tier-1","state":"restored","verdict":"missed",\
                        "wave":2,"startSeconds":1500,"upSeconds":2100,\
                        "rtoTargetSeconds":1800,"rtoMet":false,"rpoSeconds":null,"rpoTargetSeconds":900,\
                        "rpoMet":null,"slackSeconds":-300,"criticalPath":["orders-db","api"]}""",
                        services.get(0).toString()),
                () -> assertEquals("""
                        {"id":"billing-job","name":"Billing job","tier":"tier-1","state":"restored",\
                        "verdict":"blocked",\
                        "wave":null,"startSeconds":null,\
                        "upSeconds":null,"rtoTargetSeconds":1800,"rtoMet":null,"rpoSeconds":null,\
                        "rpoTargetSeconds":900,"rpoMet":null,"slackSeconds":null,"criticalPath":[]}""",
                        services.get(1).toString()),
                () -> assertEquals("""
                        {"id":"cache","name":"Cache","tier":"tier-1","state":"restored","verdict":"meets",\
                        "wave":1,"startSeconds":300,"upSeconds":480,\
                        "rtoTargetSeconds":1800,"rtoMet":true,"rpoSeconds":null,"rpoTargetSeconds":900,\
                        "rpoMet":null,"slackSeconds":1320,"criticalPath":["cache"]}""",
                        services.get(2).toString()),
                () -> assertEquals("""
                        {"id":"files","name":"File store","tier":"tier-1","state":"restored","verdict":"missed",\
                        "wave":1,"startSeconds":300,\
                        "upSeconds":600,"rtoTargetSeconds":1800,"rtoMet":true,"rpoSeconds":null,\
                        "rpoTargetSeconds":900,"rpoMet":false,"slackSeconds":1200,"criticalPath":["files"]}""",
                        services.get(3).toString()),
                () -> assertEquals("""
                        {"id":"orders-db","name":"Orders DB","tier":"tier-1","state":"restored","verdict":"at-risk",\
                        "wave":1,"startSeconds":300,\
                        "upSeconds":1500,"rtoTargetSeconds":1800,"rtoMet":true,"rpoSeconds":720,\
                        "rpoTargetSeconds":900,"rpoMet":true,"slackSeconds":300,"criticalPath":["orders-db"]}""",
                        services.get(5).toString()));
    }

    @Test
    void findingsExplainTheMissesAndTheCycle() {
        JsonNode findings = report.get("findings");
        assertEquals(3, findings.size(), findings.toString());
        assertAll(
                () -> assertEquals("error", findings.get(0).get("severity").asText()),
                () -> assertEquals("cycle", findings.get(0).get("rule").asText()),
                () -> assertEquals("[\"billing-job\",\"ledger-sync\"]", findings.get(0).get("services").toString()),
                () -> assertEquals("rpo-miss", findings.get(1).get("rule").asText()),
                () -> assertEquals("[\"files\"]", findings.get(1).get("services").toString()),
                () -> assertEquals("rto-miss", findings.get(2).get("rule").asText()),
                () -> assertEquals("[\"api\",\"orders-db\"]", findings.get(2).get("services").toString()),
                () -> assertEquals("API is up at 35m, target 30m: declaration 5m → Orders DB 20m → API 10m",
                        findings.get(2).get("message").asText()));
    }

    @Test
    void summaryCountsBothMissesAndTheAtRiskServiceAsCompliant() {
        // Compliant: cache (meets) and orders-db (5m of 30m to spare: at risk, still met).
        assertEquals("""
                {"services":6,"compliant":2,"rtoMisses":1,"rpoMisses":1,"errors":3,"warnings":0,"passes":false,\
                "failsBecause":["2 services miss their RTO or RPO target","the plan has errors: cycle",\
                "2 services are blocked by a cycle"]}""",
                report.get("summary").toString());
    }

    @Test
    void isPrettyPrintedWithOneKeyPerLine() {
        assertTrue(run.out().startsWith("{\n  \"plan\": \"Hand-worked\",\n  \"scenario\": {\n    \"id\": \"total\",\n"
                + "    \"name\": \"Everything lost\"\n  },\n  \"makespanSeconds\": 2100,\n"),
                run.out());
        assertTrue(run.out().endsWith("}\n"), run.out());
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
