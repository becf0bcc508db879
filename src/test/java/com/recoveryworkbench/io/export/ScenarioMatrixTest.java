package com.recoveryworkbench.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.analysis.cost.ScenarioCost;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.testplans.PricedPlans;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scenario matrix and its CSV, on a plan worked by hand. Web (tier-1, 25m, eu-west) hard-depends
 * on Auth (tier-1, 4m, eu-west), which hard-depends on DB (tier-1, 40m, us-east); Report (tier-2, 10m,
 * us-east) stands alone. No declaration delay, unlimited capacity, tier-1 RTO 1h, tier-2 4h.
 * <ul>
 *   <li>Everything lost: DB up at 40m, Auth 44m (16m of 60m to spare: meets), Web 1h9m (missed),
 *       Report 10m.</li>
 *   <li>eu-west lost: DB and Report unaffected (up at 0); Auth restored at 0 + 4m, Web at 4m + 25m = 29m.</li>
 * </ul>
 */
class ScenarioMatrixTest {
    private static Service service(String id, String name, String tier, int minutes, String region) {
        return Service.builder(id, ServiceKind.APPLICATION).name(name).tier(tier).stateful(false)
                .restoreTime(Duration.ofMinutes(minutes)).region(region).build();
    }

    static Plan shop() {
        return Plan.empty("Shop")
                .withServices(List.of(service("db", "DB", "tier-1", 40, "us-east"),
                        service("auth", "Auth", "tier-1", 4, "eu-west"), service("web", "Web", "tier-1", 25, "eu-west"),
                        service("report", "Report", "tier-2", 10, "us-east")))
                .withDependencies(List.of(Dependency.hard("web", "auth"), Dependency.hard("auth", "db")))
                .withScenario(Scenario.losing("eu", "eu-west lost", List.of("eu-west"), List.of()));
    }

    private static ScenarioMatrix matrix(Plan plan) {
        return ScenarioMatrix.of(plan, new RecoveryAnalyzer().analyzeAll(plan));
    }

    @Test
    void aCellPerServiceAndScenarioWithVerdictAndUpTime() {
        ScenarioMatrix matrix = matrix(shop());

        assertEquals(List.of("eu", "total"), matrix.scenarios().stream().map(Scenario::id).toList());
        assertEquals(List.of("auth", "db", "report", "web"),
                matrix.rows().stream().map(ScenarioMatrix.Row::serviceId).toList());
        ScenarioMatrix.Row web = matrix.rows().get(3);
        assertEquals(new ScenarioMatrix.Cell(Verdict.MEETS, Duration.ofMinutes(29)), web.cells().get(0));
        assertEquals(new ScenarioMatrix.Cell(Verdict.MISSED, Duration.ofMinutes(69)), web.cells().get(1));
        ScenarioMatrix.Row db = matrix.rows().get(1);
        assertEquals(new ScenarioMatrix.Cell(Verdict.UNAFFECTED, Duration.ZERO), db.cells().get(0));
        assertEquals(new ScenarioMatrix.Cell(Verdict.MEETS, Duration.ofMinutes(40)), db.cells().get(1));
    }

    @Test
    void aRowPerTierCountsTheServicesOnTimeInEachScenario() {
        ScenarioMatrix matrix = matrix(shop());

        assertEquals(List.of("tier-1", "tier-2"), matrix.tiers().stream().map(ScenarioMatrix.TierRow::tier).toList());
        ScenarioMatrix.TierRow tier1 = matrix.tiers().get(0);
        assertEquals(List.of(new ScenarioMatrix.TierCount(3, 3), new ScenarioMatrix.TierCount(2, 3)), tier1.counts());
        assertEquals("tier-1: 2 of 3 on time in Everything lost", matrix.sentence(tier1, 1));
        assertEquals("tier-1: 3 of 3 on time in eu-west lost", matrix.sentence(tier1, 0));
    }

    @Test
    void aServiceNotAnalysedYetIsLeftOut() {
        Plan analysed = shop();
        Plan edited = analysed.withService(service("new", "New", "tier-1", 5, "eu-west"));

        ScenarioMatrix matrix = ScenarioMatrix.of(edited, new RecoveryAnalyzer().analyzeAll(analysed));

        assertEquals(4, matrix.rows().size());
        assertEquals(3, matrix.tiers().get(0).counts().get(0).services());
    }

    @Test
    void theCsvHasTwoColumnsPerScenarioAndALinePerTier() {
        String csv = ScenarioMatrixCsv.render(matrix(shop()));

        assertEquals("""
                id,name,tier,eu verdict,eu up,total verdict,total up\r
                auth,Auth,tier-1,meets,4m,meets,44m\r
                db,DB,tier-1,unaffected,0s,meets,40m\r
                report,Report,tier-2,unaffected,0s,meets,10m\r
                web,Web,tier-1,meets,29m,missed,1h9m\r
                ,tier-1 on time,tier-1,3 of 3,,2 of 3,\r
                ,tier-2 on time,tier-2,1 of 1,,1 of 1,\r
                """, csv);
    }

    @Test
    void theCsvKeepsFormulasInert() {
        Plan plan = shop().withService(service("db", "=HYPERLINK(\"http://x\",\"y\")", "tier-1", 40, "us-east"))
                .withScenario(Scenario.losing("eu", "@SUM(A1)", List.of("eu-west"), List.of()));

        String dbLine = ScenarioMatrixCsv.render(matrix(plan)).lines().filter(l -> l.startsWith("db,")).findFirst()
                .orElseThrow();

        assertEquals("db,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",tier-1,unaffected,0s,meets,40m", dbLine);
    }

    /**
     * tier-1 at 600 an hour, tier-2 at 120, in EUR. eu-west lost: Auth up at 4m, 40.00; Web 29m, 290.00; DB
     * and Report unaffected; 330.00. Everything lost: DB 40m 400.00, Auth 44m 440.00, Web 1h9m 690.00, Report
     * 10m 20.00; 1,550.00.
     */
    private static Plan pricedShop() {
        return PricedPlans.priced(shop(), "EUR", Map.of("tier-1", "600", "tier-2", "120"));
    }

    @Test
    void withRatesEachScenarioHasItsCost() {
        ScenarioMatrix matrix = matrix(pricedShop());

        assertEquals(List.of(new BigDecimal("330.00"), new BigDecimal("1550.00")),
                matrix.costs().stream().map(ScenarioCost::total).toList());
        assertTrue(matrix.hasCosts());
        assertFalse(matrix(shop()).hasCosts());
    }

    @Test
    void withRatesTheCsvEndsWithEachScenariosCost() {
        String csv = ScenarioMatrixCsv.render(matrix(pricedShop()));

        assertTrue(csv.endsWith(",tier-2 on time,tier-2,1 of 1,,1 of 1,\r\n,downtime cost (EUR),,330.00,,1550.00,\r\n"),
                csv);
    }
}
