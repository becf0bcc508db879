package com.recoveryworkbench.io.imports;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.io.Imported;
import com.recoveryworkbench.io.PlanProblem;
import com.recoveryworkbench.model.Dependency;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A service that depends on itself (a monitoring server scraping itself) is what real inventories
 * and graphs contain. Every importer keeps it, as the plan reader does, warns at the line that says
 * it, and leaves it to the analysis to report a cycle of one service; none refuses the file.
 */
class SelfDependencyImportTest {

    /**
     * The format, a file in which monitor depends on itself and on db, and where the file says so: the
     * cell, the edge operator, the end of the edge's start tag (where StAX places an element, as for every
     * GraphML problem), the list item.
     */
    static Stream<Arguments> filesWithASelfDependency() {
        return Stream.of(
                Arguments.of(ImportFormat.CSV, """
                        id,name,depends_on
                        db,Metrics DB,
                        monitor,Monitoring,db; monitor
                        """, 3, 3, "depends_on"),
                Arguments.of(ImportFormat.DOT, """
                        digraph {
                          monitor -> db
                          monitor -> monitor
                        }
                        """, 3, 11, ""),
                Arguments.of(ImportFormat.GRAPHML, """
                        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                          <graph id="G" edgedefault="directed">
                            <node id="db"/>
                            <node id="monitor"/>
                            <edge source="monitor" target="db"/>
                            <edge source="monitor" target="monitor"/>
                          </graph>
                        </graphml>
                        """, 6, 46, ""),
                Arguments.of(ImportFormat.BACKSTAGE, """
                        apiVersion: backstage.io/v1alpha1
                        kind: Resource
                        metadata:
                          name: db
                        spec:
                          type: database
                        ---
                        apiVersion: backstage.io/v1alpha1
                        kind: Component
                        metadata:
                          name: monitor
                        spec:
                          type: service
                          dependsOn:
                            - resource:db
                            - component:monitor
                        """, 16, 7, "spec.dependsOn"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filesWithASelfDependency")
    void isKeptWithAWarningAtItsLineAndCheckReportsACycleOfOneService(ImportFormat format, String text, int line,
                                                                     int column, String field) throws Exception {
        Imported imported = format.importText(text, "inventory." + format.code(), "Shop");

        List<PlanProblem> selfWarnings = imported.warnings().stream()
                .filter(w -> w.message().contains("itself")).toList();
        List<Finding> cycles = new RecoveryAnalyzer().analyze(imported.plan()).findings().stream()
                .filter(f -> f.rule().equals(Finding.RULE_CYCLE)).toList();
        assertAll(
                () -> assertTrue(imported.plan().dependencies().contains(Dependency.hard("monitor", "monitor")),
                        imported.plan().dependencies()::toString),
                () -> assertTrue(imported.plan().dependencies().contains(Dependency.hard("monitor", "db")),
                        imported.plan().dependencies()::toString),
                () -> assertEquals(1, selfWarnings.size(), imported.warnings()::toString),
                () -> assertEquals(List.of(line, column, field), List.of(selfWarnings.get(0).line(),
                        selfWarnings.get(0).column(), selfWarnings.get(0).field()), selfWarnings::toString),
                () -> assertTrue(selfWarnings.get(0).message().contains("check reports it as a cycle of one service"),
                        selfWarnings::toString),
                () -> assertEquals(1, cycles.size(), cycles::toString),
                () -> assertEquals(List.of("monitor"), cycles.get(0).services()));
    }
}
