package com.recoveryworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.analysis.drill.DrillAnalyses;
import com.recoveryworkbench.analysis.drill.DrillFindings;
import com.recoveryworkbench.analysis.drill.ProvenAnalyzer;
import com.recoveryworkbench.io.LoadedPlan;
import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.io.PlanWriter;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The plans shipped in assets/samples/ load cleanly, stay in canonical form and tell their stories. */
class SamplePlansTest {
    private static final Path SAMPLES = Path.of("assets", "samples");

    static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".rplan.json")).sorted().toList();
        }
    }

    @Test
    void thereAreThreeSamples() throws IOException {
        assertEquals(List.of("retail.rplan.json", "small-saas.rplan.json", "two-region-commerce.rplan.json"),
                samples().stream().map(f -> f.getFileName().toString()).toList());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void loadsWithoutWarningsAndIsAnalysed(Path sample) throws Exception {
        LoadedPlan loaded = new PlanReader().read(sample);
        Analysis analysis = new RecoveryAnalyzer().analyze(loaded.plan());

        assertEquals(List.of(), loaded.warnings());
        assertEquals(List.of(), analysis.cycles());
        assertTrue(analysis.results().stream().allMatch(ServiceResult::isScheduled), sample.toString());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void isInCanonicalForm(Path sample) throws Exception {
        Plan plan = new PlanReader().read(sample).plan();

        assertEquals(new PlanWriter().toJson(plan), Files.readString(sample));
    }

    @Test
    void retailCheckoutMissesItsRtoBecauseOfTheLegacyOrderDatabase() throws Exception {
        Analysis analysis = analyse("retail.rplan.json");
        ServiceResult checkout = analysis.result("checkout").orElseThrow();
        List<Finding> misses = analysis.findingsFor("checkout").stream()
                .filter(f -> f.rule().equals(Finding.RULE_RTO_MISS)).toList();

        assertAll(
                () -> assertEquals(Duration.ofMinutes(52), checkout.up()),
                () -> assertEquals(Duration.ofMinutes(20), checkout.rtoTarget()),
                () -> assertEquals(false, checkout.rtoMet()),
                () -> assertEquals(List.of("legacy-order-db", "auth", "checkout"), checkout.criticalPath()),
                () -> assertEquals(List.of("Checkout is up at 52m, target 20m: Legacy order DB 40m → Auth 4m → Checkout 8m"),
                        misses.stream().map(Finding::message).toList()));
    }

    @Test
    void smallSaasPassesTheCheck() {
        CommandRun run = CommandRun.of("check", SAMPLES.resolve("small-saas.rplan.json").toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.out());
        assertTrue(run.out().contains("AT RISK"), run.out());
    }

    @Test
    void twoRegionCommerceHasSixtyServicesAcrossTwoRegions() throws Exception {
        Plan plan = new PlanReader().read(SAMPLES.resolve("two-region-commerce.rplan.json")).plan();
        Analysis analysis = new RecoveryAnalyzer().analyze(plan);
        Set<String> regions = plan.services().stream().map(Service::region).collect(Collectors.toSet());
        Set<String> tiers = plan.services().stream().map(Service::tier).collect(Collectors.toCollection(TreeSet::new));
        long inversions = analysis.findings().stream()
                .filter(f -> f.rule().equals(Finding.RULE_TIER_INVERSION)).count();

        assertAll(
                () -> assertTrue(plan.serviceCount() >= 60, "services: " + plan.serviceCount()),
                () -> assertTrue(regions.containsAll(Set.of("eu-west", "us-east")), regions.toString()),
                () -> assertEquals(Set.of("tier-0", "tier-1", "tier-2", "tier-3"), tiers),
                () -> assertEquals(4, plan.settings().restoreCapacity()),
                () -> assertEquals(1, inversions),
                () -> assertTrue(analysis.summary().rtoMisses() > 0 && analysis.summary().rpoMisses() > 0),
                () -> assertTrue(analysis.summary().compliant() > plan.serviceCount() / 2,
                        analysis.summary().toString()));
    }

    @Test
    void twoRegionCommerceHasARegionDrillInWhichASlowRestoreAndASlowFailoverWereMeasured() throws Exception {
        Plan plan = new PlanReader().read(SAMPLES.resolve("two-region-commerce.rplan.json")).plan();
        Drill drill = plan.drills().get(0);
        DrillAnalyses analyses = new ProvenAnalyzer().analyzeAll(plan, LocalDate.of(2026, 12, 1));
        List<String> optimistic = analyses.view().findings().stream()
                .filter(f -> f.rule().equals(DrillFindings.RULE_OPTIMISTIC_PLAN)).map(Finding::message).toList();
        Analysis plannedEuWest = analyses.planned().of("eu-west-lost").orElseThrow();
        Analysis provenEuWest = analyses.proven().of("eu-west-lost").orElseThrow();

        assertAll(
                () -> assertEquals(1, plan.drills().size()),
                () -> assertEquals("eu-west-lost", drill.scenario()),
                () -> assertFalse(drill.notes().isBlank()),
                () -> assertTrue(drill.results().stream().allMatch(r -> plan.service(r.service()).orElseThrow()
                        .region().equals("eu-west")), drill.results().toString()),
                // The inventory database fails over to its pilot light in an eu-west loss: 19m measured
                // against its 15m failover time (not its 12m restore time) is 26.7 %, shown as 27 %.
                // The search cluster is restored: 58m against 45m is 28.9 %, 29 %. The other two are
                // restores within 10 %: 14m for 15m, and 11m for 10m (exactly 10 % more).
                () -> assertEquals(List.of(
                        "Inventory database (EU) failed over in 19m in the 2026-11-21 drill (eu-west-region-drill),"
                                + " planned failover 15m, 27 % slower",
                        "Search cluster (EU) measured 58m in the 2026-11-21 drill (eu-west-region-drill),"
                                + " planned 45m, 29 % slower"), optimistic),
                // The measured failover leaves the restore time: in the total scenario the database is
                // up when the plan says; in the eu-west loss it is up 4 minutes later.
                () -> assertEquals(up(analyses.planned().total(), "eu-inventory-db"),
                        up(analyses.proven().total(), "eu-inventory-db")),
                () -> assertEquals(up(plannedEuWest, "eu-inventory-db").plusMinutes(4),
                        up(provenEuWest, "eu-inventory-db")),
                // The drill adds evidence; the plan's own analysis is the one it had without it.
                () -> assertEquals(new RecoveryAnalyzer().analyze(plan.withDrills(List.of())).results(),
                        new RecoveryAnalyzer().analyze(plan).results()));
    }

    private static Duration up(Analysis analysis, String id) {
        return analysis.result(id).map(ServiceResult::up).orElseThrow();
    }

    @Test
    void everySampleHasOwnersAndReadableNames() throws Exception {
        for (Path sample : samples()) {
            for (Service s : new PlanReader().read(sample).plan().services()) {
                assertFalse(s.owner().isEmpty(), sample + ": " + s.id() + " has no owner");
                assertFalse(s.region().isEmpty(), sample + ": " + s.id() + " has no region");
                assertTrue(s.restoreTime() != null, sample + ": " + s.id() + " has no restore time");
            }
        }
    }

    private static Analysis analyse(String fileName) throws Exception {
        return new RecoveryAnalyzer().analyze(new PlanReader().read(SAMPLES.resolve(fileName)).plan());
    }
}
