package com.recoveryworkbench.io.imports;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.io.Imported;
import com.recoveryworkbench.io.export.DotGraph;
import com.recoveryworkbench.io.export.GraphMlGraph;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What our DOT and GraphML exports write, the importers read back as the same services and dependencies. */
class ExportImportRoundTripTest {
    private static final Plan PLAN = new Plan("Shop \"EU\"", "", Settings.DEFAULT, TierPolicy.defaults(), List.of(
            service("checkout", "Pay \"Now\" \\ Co & Ünïcode <b>", "tier-0"),
            service("auth", "Auth", "tier-1"),
            service("orders-db", "Orders DB", "tier-1"),
            service("cache", "Cache", "tier-3"),
            service("Report.v2_x", "Reports", "tier-2")),
            List.of(Dependency.hard("checkout", "auth"), Dependency.hard("checkout", "orders-db"),
                    Dependency.soft("checkout", "cache"), Dependency.hard("auth", "orders-db"),
                    Dependency.hard("Report.v2_x", "orders-db")));

    private static Service service(String id, String name, String tier) {
        return Service.builder(id, ServiceKind.APPLICATION).name(name).tier(tier)
                .restoreTime(Duration.ofMinutes(10)).build();
    }

    private static Map<String, String> names(Plan plan) {
        return plan.services().stream().collect(Collectors.toMap(Service::id, Service::name));
    }

    @Test
    void dotExportImportsAsTheSameServicesAndDependencies() throws Exception {
        String dot = DotGraph.render(PLAN, new RecoveryAnalyzer().analyze(PLAN));

        Imported imported = ImportFormat.DOT.importText(dot, "shop.dot", "Shop");

        assertAll(
                () -> assertEquals(names(PLAN), names(imported.plan())),
                () -> assertEquals(PLAN.dependencies(), imported.plan().dependencies()),
                () -> assertEquals(List.of(), imported.warnings()));
    }

    @Test
    void graphMlExportImportsAsTheSameServicesTiersAndDependencies() throws Exception {
        String graphMl = GraphMlGraph.render(PLAN, new RecoveryAnalyzer().analyze(PLAN));

        Imported imported = ImportFormat.GRAPHML.importText(graphMl, "shop.graphml", "Shop");

        assertAll(
                () -> assertEquals(names(PLAN), names(imported.plan())),
                () -> assertEquals(PLAN.services().stream().map(Service::tier).toList(),
                        imported.plan().services().stream().map(Service::tier).toList()),
                () -> assertEquals(PLAN.dependencies(), imported.plan().dependencies()),
                () -> assertEquals(List.of(), imported.warnings()));
    }
}
