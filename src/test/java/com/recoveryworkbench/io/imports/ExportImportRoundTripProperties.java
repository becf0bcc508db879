package com.recoveryworkbench.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.io.Imported;
import com.recoveryworkbench.io.export.DotGraph;
import com.recoveryworkbench.io.export.GraphMlGraph;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.DependencyType;
import com.recoveryworkbench.model.Ids;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any plan exported as DOT or GraphML imports as the same services (ids, names) and dependencies. */
class ExportImportRoundTripProperties {

    @Property(tries = 200)
    void dotRoundTripsServicesAndDependencies(@ForAll("plans") Plan plan) throws Exception {
        Imported imported = ImportFormat.DOT.importText(DotGraph.render(plan, new RecoveryAnalyzer().analyze(plan)),
                "plan.dot", plan.name());

        assertEquals(names(plan), names(imported.plan()));
        assertEquals(plan.dependencies(), imported.plan().dependencies());
        assertEquals(List.of(), imported.warnings());
    }

    @Property(tries = 200)
    void graphMlRoundTripsServicesTiersAndDependencies(@ForAll("plans") Plan plan) throws Exception {
        Imported imported = ImportFormat.GRAPHML.importText(
                GraphMlGraph.render(plan, new RecoveryAnalyzer().analyze(plan)), "plan.graphml", plan.name());

        assertEquals(names(plan), names(imported.plan()));
        assertEquals(tiers(plan), tiers(imported.plan()));
        assertEquals(plan.dependencies(), imported.plan().dependencies());
        assertEquals(List.of(), imported.warnings());
    }

    private static Map<String, String> names(Plan plan) {
        return plan.services().stream().collect(Collectors.toMap(Service::id, Service::name));
    }

    private static Map<String, String> tiers(Plan plan) {
        return plan.services().stream().collect(Collectors.toMap(Service::id, Service::tier));
    }

    @Provide
    Arbitrary<Plan> plans() {
        Arbitrary<String> ids = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').numeric()
                .withChars('.', '_', '-').ofMinLength(1).ofMaxLength(12).filter(Ids::isValid);
        // Quotes, backslashes, markup and non-ASCII; no line breaks (a label's first line is the name).
        Arbitrary<String> names = Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\u00ff')
                .withCharRange('\u4e00', '\u4e0f').withChars('\t').ofMaxLength(20);
        Arbitrary<String> tiers = Arbitraries.of(TierPolicy.defaults()).map(TierPolicy::id);
        Arbitrary<Service> service = Combinators.combine(ids, names, tiers)
                .as((id, name, tier) -> Service.builder(id, ServiceKind.APPLICATION).name(name).tier(tier).build());
        return service.list().ofMaxSize(15).uniqueElements(Service::id).flatMap(services -> {
            List<String> serviceIds = services.stream().map(Service::id).toList();
            Arbitrary<Dependency> dependency = serviceIds.isEmpty() ? Arbitraries.just(null)
                    : Combinators.combine(Arbitraries.of(serviceIds), Arbitraries.of(serviceIds),
                            Arbitraries.of(DependencyType.class)).as(Dependency::new);
            return dependency.list().ofMaxSize(serviceIds.isEmpty() ? 0 : 30)
                    .map(deps -> deps.stream().filter(d -> !d.from().equals(d.to()))
                            .collect(Collectors.toMap(d -> d.from() + "\n" + d.to(), d -> d, (a, b) -> a)).values())
                    .map(deps -> new Plan("Plan", "", Settings.DEFAULT, TierPolicy.defaults(), services,
                            List.copyOf(deps)));
        });
    }
}
