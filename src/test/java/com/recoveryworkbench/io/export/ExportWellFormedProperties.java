package com.recoveryworkbench.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.io.PlanWriter;
import com.recoveryworkbench.io.imports.ImportFormat;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.DependencyType;
import com.recoveryworkbench.model.Ids;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any plan the reader accepts, with names of any Unicode (characters XML forbids, lone surrogates,
 * line breaks, markup), every export parses as what it claims to be, and the graph exports import back
 * as the same services and dependencies.
 */
class ExportWellFormedProperties {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    @Property(tries = 60)
    void everyExportParsesAndGraphsRoundTrip(@ForAll("plans") Plan generated) throws Exception {
        Plan plan = readable(generated);
        Analysis analysis = new RecoveryAnalyzer().analyze(plan);
        for (ExportFormat format : ExportFormat.values()) {
            byte[] bytes = format.render(plan, analysis, DAY, Set.of()).bytes();
            String text = new String(bytes, StandardCharsets.UTF_8);
            switch (format) {
                case SVG, GRAPHML, RUNBOOK_HTML -> parseXml(text);
                case CSV -> assertRectangular(ComplianceCsvTest.parse(text));
                case PNG, PNG_2X -> assertNotNull(ImageIO.read(new ByteArrayInputStream(bytes)), format.code());
                case DOT, RUNBOOK_MD -> assertFalse(text.isEmpty());
            }
        }
        Plan fromDot = ImportFormat.DOT.importText(DotGraph.render(plan, analysis), "plan.dot", "p").plan();
        Plan fromGraphMl = ImportFormat.GRAPHML.importText(GraphMlGraph.render(plan, analysis), "plan.graphml", "p")
                .plan();
        for (Plan imported : List.of(fromDot, fromGraphMl)) {
            assertEquals(ids(plan), ids(imported));
            assertEquals(Set.copyOf(plan.dependencies()), Set.copyOf(imported.dependencies()));
        }
    }

    /** The plan as the reader gives it back after a save: only plans the reader accepts count. */
    private static Plan readable(Plan plan) {
        try {
            return new PlanReader().read(new PlanWriter().toJson(plan), "plan.rplan.json").plan();
        } catch (PlanFileException e) {
            Assume.that(false);
            throw new AssertionError("unreachable", e);
        }
    }

    /** Reads every event with a StAX parser (DTDs off), which throws on anything not well-formed. */
    private static void parseXml(String xml) throws Exception {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
        while (reader.hasNext()) {
            reader.next();
        }
    }

    private static void assertRectangular(List<List<String>> rows) {
        int columns = rows.get(0).size();
        rows.forEach(row -> assertEquals(columns, row.size(), () -> "row " + row));
    }

    private static Set<String> ids(Plan plan) {
        return plan.services().stream().map(Service::id).collect(Collectors.toCollection(TreeSet::new));
    }

    @Provide
    Arbitrary<Plan> plans() {
        Arbitrary<String> ids = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('.', '_', '-')
                .ofMinLength(1).ofMaxLength(10).filter(Ids::isValid);
        // Any char at all, often the ones XML cannot hold.
        Arbitrary<String> names = Arbitraries.strings()
                .withCharRange('\u0000', '\uffff')
                .withChars('\u0000', '\u0001', '\u001f', '\t', '\n', '\r', '\ufffe', '\uffff', '\ud800', '\udc00',
                        '<', '&', '"', '\'', '\\', ']', '{', '}', ';', '#')
                .ofMaxLength(24);
        Arbitrary<Service> service = Combinators.combine(ids, names, names)
                .as((id, name, owner) -> Service.builder(id, ServiceKind.APPLICATION).name(name).owner(owner)
                        .tier("tier-1").build());
        return service.list().ofMaxSize(8).uniqueElements(Service::id).flatMap(services -> {
            List<String> serviceIds = services.stream().map(Service::id).toList();
            Arbitrary<Dependency> dependency = serviceIds.isEmpty() ? Arbitraries.just(null)
                    : Combinators.combine(Arbitraries.of(serviceIds), Arbitraries.of(serviceIds),
                            Arbitraries.of(DependencyType.class)).as(Dependency::new);
            return Combinators.combine(names, dependency.list().ofMaxSize(serviceIds.isEmpty() ? 0 : 12))
                    .as((planName, deps) -> new Plan(planName.isBlank() ? "Plan" : planName, "", Settings.DEFAULT,
                            TierPolicy.defaults(), services, deps.stream().filter(d -> !d.from().equals(d.to()))
                                    .collect(Collectors.toMap(d -> d.from() + "\n" + d.to(), d -> d, (a, b) -> a))
                                    .values().stream().toList()));
        });
    }
}
