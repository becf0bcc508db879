package com.recoveryworkbench.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.model.ClaimedRecovery;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The runbooks with a drill log and costs of downtime, on {@link ExportPlans#retail()} (cache 2m,
 * legacy-db 40m ← auth 4m ← checkout 8m, job-a and job-b in a cycle) and two drills:
 * <pre>
 * autumn 2026-10-03 "Autumn restore test": cache 3m partial, legacy-db 55m recovered (note),
 *        auth 4m recovered, checkout failed untimed (note), job-b failed untimed
 * winter 2026-11-20 "After the fix":       checkout 7m recovered
 * </pre>
 */
class RunbookDrillsAndCostTest {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final LocalDate AUTUMN = LocalDate.of(2026, 10, 3);
    private static final LocalDate WINTER = LocalDate.of(2026, 11, 20);

    private final Plan plan = withDrills(ExportPlans.retail());

    private static Plan withDrills(Plan plan) {
        Drill autumn = new Drill("autumn", AUTUMN, "Autumn restore test", null, "Tape library was slow", List.of(
                result(plan, "cache", 3, DrillOutcome.PARTIAL, ""),
                result(plan, "legacy-db", 55, DrillOutcome.RECOVERED,
                        "Restore from tape took 15 minutes longer than the runbook says"),
                result(plan, "auth", 4, DrillOutcome.RECOVERED, ""),
                result(plan, "checkout", 0, DrillOutcome.FAILED, "Timed out waiting for the database"),
                result(plan, "job-b", 0, DrillOutcome.FAILED, "")));
        Drill winter = new Drill("winter", WINTER, "After the fix", null, "", List.of(
                result(plan, "checkout", 7, DrillOutcome.RECOVERED, "")));
        return plan.withDrills(List.of(autumn, winter));
    }

    /** {@code minutes} 0 stands for a result the drill could not time. */
    private static DrillResult result(Plan plan, String service, long minutes, DrillOutcome outcome, String notes) {
        return new DrillResult(service, minutes == 0 ? null : Duration.ofMinutes(minutes), null, outcome,
                ClaimedRecovery.of(plan, service), notes);
    }

    /** The retail plan with tier-1 costing 600.00 EUR an hour (10 EUR a minute). */
    private static Plan withRates(Plan plan) {
        return plan.withTiers(List.of(plan.tier("tier-1").orElseThrow()
                        .withDowntimeCostPerHour(new BigDecimal("600"))))
                .withSettings(plan.settings().withCurrency("EUR"));
    }

    @Test
    void eachStepOfTheMarkdownRunbookGivesThePlannedTimeBesideTheLatestMeasuredOne() {
        String runbook = MarkdownRunbook.render(plan, ExportPlans.analyze(plan), ExportPlans.DATE);

        assertTrue(runbook.contains("**Cache** — owner: -\n  - restore time: planned 2m · measured 3m on 2026-10-03, partial\n"),
                runbook);
        assertTrue(runbook.contains("**Legacy DB** — owner: DBA team\n"
                + "  - restore time: planned 40m · measured 55m on 2026-10-03\n"), runbook);
        assertTrue(runbook.contains("  - restore time: planned 4m · measured 4m on 2026-10-03\n"), runbook);
        // Checkout failed in the autumn; the later winter drill is its latest evidence.
        assertTrue(runbook.contains("  - restore time: planned 8m · measured 7m on 2026-11-20\n"), runbook);
        assertTrue(runbook.contains("**Job \\<A\\>** — owner: -\n  - restore time: planned 1m · never drilled\n"),
                runbook);
        assertTrue(runbook.contains("  - restore time: planned 1m · failed on 2026-10-03, not timed\n"), runbook);
    }

    @Test
    void theMarkdownRunbookEndsWithTheDrillHistoryAndItsLessons() {
        String runbook = MarkdownRunbook.render(plan, ExportPlans.analyze(plan), ExportPlans.DATE);

        assertTrue(runbook.endsWith("""

                ## Drill history

                - 2026-10-03 **Autumn restore test** — Everything lost: 2 recovered · 1 partial · 2 failed
                  - Tape library was slow
                  - Checkout: Timed out waiting for the database
                  - Legacy DB: Restore from tape took 15 minutes longer than the runbook says
                - 2026-11-20 **After the fix** — Everything lost: 1 recovered
                """), runbook);
    }

    @Test
    void theHtmlRunbookHasALastDrillColumnAndADrillHistoryTable() throws Exception {
        Document page = HardenedXml.parse(HtmlRunbook.render(plan, ExportPlans.analyze(plan), ExportPlans.DATE));

        List<List<String>> drills = rows(page, "drills");
        assertEquals(List.of(
                List.of("2026-10-03", "Autumn restore test", "Everything lost", "2 recovered · 1 partial · 2 failed",
                        "Tape library was slow"
                                + "Checkout: Timed out waiting for the database"
                                + "Legacy DB: Restore from tape took 15 minutes longer than the runbook says"),
                List.of("2026-11-20", "After the fix", "Everything lost", "1 recovered", "")), drills);
        String html = HtmlRunbook.render(plan, ExportPlans.analyze(plan), ExportPlans.DATE);
        assertTrue(html.contains("<td>Legacy DB</td><td>DBA team</td><td>40m</td><td>measured 55m on 2026-10-03</td>"),
                html);
        assertTrue(html.contains("<th>Planned</th><th>Last drill</th>"), html);
    }

    @Test
    void aPlanWithoutDrillsSaysSoInItsHistory() {
        Plan none = ExportPlans.retail();
        String markdown = MarkdownRunbook.render(none, ExportPlans.analyze(none), ExportPlans.DATE);
        String html = HtmlRunbook.render(none, ExportPlans.analyze(none), ExportPlans.DATE);

        assertTrue(markdown.endsWith("\n## Drill history\n\nNo drill has been recorded.\n"), markdown);
        assertTrue(html.contains("<h2>Drill history</h2>\n<p>No drill has been recorded.</p>\n"), html);
    }

    @Test
    void theSummaryGivesTheCostOfTheScenarioAndWhatCountsTheHorizon() {
        // Up times 2m + 40m + 44m + 52m = 138m at 10 EUR a minute: 1,380.00; job-a and job-b are blocked
        // and count the 7-day horizon, 168h × 600 = 100,800.00 each: 202,980.00 EUR in all.
        Plan priced = withRates(plan);
        String markdown = MarkdownRunbook.render(priced, ExportPlans.analyze(priced), ExportPlans.DATE);
        String html = HtmlRunbook.render(priced, ExportPlans.analyze(priced), ExportPlans.DATE);

        assertTrue(markdown.contains("- Restore capacity: unlimited\n"
                + "- Downtime cost: 202,980.00 EUR (2 services never restored count the 7d horizon)\n"), markdown);
        assertTrue(html.contains("<p class=\"summary\">6 services · 2 blocked by a cycle · 3 missed · 1 meets"
                + " · last service up at 52m · downtime cost 202,980.00 EUR (2 services never restored count the 7d"
                + " horizon)</p>"), html);
    }

    @Test
    void aScenarioRunbookCostsOnlyTheServicesItTakesDown() {
        // eu-west lost: legacy-db restores (40m); auth and checkout are not hit, only wait for it, so they
        // are up with it at 40m; the rest keep running: 3 × 40 = 120 minutes at 10 EUR = 1,200.00 EUR,
        // and nothing counts the horizon.
        Plan priced = withRates(plan);
        Scenario euWest = Scenario.losing("eu-west", "eu-west lost", List.of("eu-west"), List.of());
        String markdown = MarkdownRunbook.render(priced.withScenario(euWest),
                new RecoveryAnalyzer().analyze(priced.withScenario(euWest), euWest), ExportPlans.DATE);

        assertTrue(markdown.contains("- Downtime cost: 1,200.00 EUR\n"), markdown);
        assertTrue(markdown.contains("**Auth** — owner: Identity\n  - nothing to restore: -\n"), markdown);
    }

    @Test
    void aPlanWithoutRatesShowsNoMoneyAnywhere() {
        String markdown = MarkdownRunbook.render(plan, ExportPlans.analyze(plan), ExportPlans.DATE);
        String html = HtmlRunbook.render(plan, ExportPlans.analyze(plan), ExportPlans.DATE);

        for (String runbook : List.of(markdown, html)) {
            assertFalse(runbook.contains("cost"), runbook);
            assertFalse(runbook.contains(".00"), runbook);
        }
    }

    private static List<List<String>> rows(Document page, String tableClass) {
        List<List<String>> rows = new ArrayList<>();
        NodeList tables = page.getElementsByTagNameNS(XHTML, "table");
        for (int t = 0; t < tables.getLength(); t++) {
            Element table = (Element) tables.item(t);
            if (!table.getAttribute("class").equals(tableClass)) {
                continue;
            }
            NodeList trs = table.getElementsByTagNameNS(XHTML, "tr");
            for (int i = 1; i < trs.getLength(); i++) {
                NodeList tds = ((Element) trs.item(i)).getElementsByTagNameNS(XHTML, "td");
                List<String> cells = new ArrayList<>();
                for (int j = 0; j < tds.getLength(); j++) {
                    cells.add(tds.item(j).getTextContent());
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
