package com.recoveryworkbench.io.imports;

import static com.recoveryworkbench.io.imports.DotImportTest.ids;
import static com.recoveryworkbench.io.imports.DotImportTest.only;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.recoveryworkbench.io.Imported;
import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.PlanProblem;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.ServiceField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphMlImportTest {

    static Imported graphMl(String text) throws PlanFileException {
        return ImportFormat.GRAPHML.importText(text, "deps.graphml", "Shop");
    }

    @Test
    void plainGraphMlNodesWithLabelDataAndTiersBecomeServices() throws Exception {
        Imported imported = graphMl("""
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="d0" for="node" attr.name="label" attr.type="string"/>
                  <key id="d1" for="node" attr.name="tier" attr.type="string"/>
                  <key id="d2" for="edge" attr.name="type" attr.type="string"/>
                  <graph id="G" edgedefault="directed">
                    <node id="checkout"><data key="d0">Checkout &amp; Pay</data><data key="d1">tier-0</data></node>
                    <node id="db"><data key="d0"><![CDATA[Orders DB]]></data></node>
                    <node id="cache"/>
                    <edge source="checkout" target="db"/>
                    <edge source="checkout" target="cache"><data key="d2">soft</data></edge>
                  </graph>
                </graphml>
                """);

        Plan plan = imported.plan();
        assertAll(
                () -> assertEquals(List.of("cache", "checkout", "db"), ids(plan)),
                () -> assertEquals("Checkout & Pay", plan.service("checkout").orElseThrow().name()),
                () -> assertEquals("tier-0", plan.service("checkout").orElseThrow().tier()),
                () -> assertEquals("Orders DB", plan.service("db").orElseThrow().name()),
                () -> assertEquals("cache", plan.service("cache").orElseThrow().name()),
                () -> assertEquals("tier-2", plan.service("cache").orElseThrow().tier()),
                () -> assertEquals(List.of(Dependency.soft("checkout", "cache"), Dependency.hard("checkout", "db")),
                        plan.dependencies()),
                () -> assertEquals(Set.of(ServiceField.NAME, ServiceField.TIER), imported.carried().get("checkout")),
                () -> assertEquals(Set.of(), imported.carried().get("cache")),
                () -> assertEquals(List.of(), imported.warnings()));
    }

    @Test
    void yedNodeLabelsNameTheServicesAndGroupsNestTheirNodes() throws Exception {
        Imported imported = graphMl("""
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
                  <key for="node" id="d6" yfiles.type="nodegraphics"/>
                  <graph edgedefault="directed" id="G">
                    <node id="n0" yfiles.foldertype="group">
                      <data key="d6"><y:ProxyAutoBoundsNode><y:Realizers active="0"><y:GroupNode>
                        <y:NodeLabel alignment="right">Payments</y:NodeLabel>
                      </y:GroupNode></y:Realizers></y:ProxyAutoBoundsNode></data>
                      <graph edgedefault="directed" id="n0:">
                        <node id="n0::n0">
                          <data key="d6"><y:ShapeNode>
                            <y:NodeLabel>Ledger<y:LabelModel><y:SmartNodeLabelModel distance="4.0"/></y:LabelModel></y:NodeLabel>
                            <y:NodeLabel>second label</y:NodeLabel>
                          </y:ShapeNode></data>
                        </node>
                      </graph>
                    </node>
                    <node id="n1"><data key="d6"><y:ShapeNode><y:NodeLabel>Bank
                API</y:NodeLabel></y:ShapeNode></data></node>
                    <edge id="e0" source="n0::n0" target="n1"/>
                  </graph>
                </graphml>
                """);

        Plan plan = imported.plan();
        assertAll(
                () -> assertEquals(List.of("n0", "n0-n0", "n1"), ids(plan)),
                () -> assertEquals("Payments", plan.service("n0").orElseThrow().name()),
                () -> assertEquals("Ledger", plan.service("n0-n0").orElseThrow().name()),
                () -> assertEquals("Bank", plan.service("n1").orElseThrow().name()),
                () -> assertEquals(List.of(Dependency.hard("n0-n0", "n1")), plan.dependencies()),
                () -> assertEquals(List.of(new PlanProblem("deps.graphml", 10, 27, "", "'n0::n0' is not a valid"
                        + " service id or is taken; the service gets the id 'n0-n0'")), imported.warnings()));
    }

    @Test
    void anUnknownTierIsKeptWithAWarningAndAnUndirectedGraphIsReadAsWritten() throws Exception {
        Imported imported = graphMl("""
                <graphml>
                  <key id="t" for="node" attr.name="tier"/>
                  <graph edgedefault="undirected">
                    <node id="a"><data key="t">gold</data></node>
                    <node id="b"/>
                    <edge source="a" target="b"/>
                  </graph>
                </graphml>
                """);

        assertAll(
                () -> assertEquals("gold", imported.plan().service("a").orElseThrow().tier()),
                () -> assertEquals(List.of(Dependency.hard("a", "b")), imported.plan().dependencies()),
                () -> assertEquals(List.of(
                        new PlanProblem("deps.graphml", 0, 0, "", "the graph is undirected: each edge is read as its"
                                + " source depending on its target"),
                        new PlanProblem("deps.graphml", 4, 18, "", "tier 'gold' is not one of the default tiers"
                                + " tier-0 … tier-3; it is kept, and the analysis reports it as unknown-tier until the"
                                + " plan defines it")), imported.warnings()));
    }

    @Test
    void aHyperedgeIsLeftOutWithAWarning() throws Exception {
        Imported imported = graphMl("""
                <graphml><graph>
                  <node id="a"/><node id="b"/><node id="c"/>
                  <hyperedge><endpoint node="a"/><endpoint node="b"/><endpoint node="c"/></hyperedge>
                </graph></graphml>
                """);

        assertAll(
                () -> assertEquals(List.of(), imported.plan().dependencies()),
                () -> assertEquals(List.of(new PlanProblem("deps.graphml", 3, 14, "", "a hyperedge is left out: only"
                        + " edges between two nodes become dependencies")), imported.warnings()));
    }

    @Test
    void malformedXmlIsReportedWithItsLineAndColumn() {
        assertEquals("deps.graphml:3:5: not well-formed XML: The element type \"node\" must be terminated by the"
                        + " matching end-tag \"</node>\".",
                only(() -> graphMl("<graphml><graph>\n  <node id=\"a\">\n  </graph></graphml>")));
    }

    @Test
    void everyBrokenReferenceIsReportedTogetherAndNothingIsImported() {
        PlanFileException e = assertThrows(PlanFileException.class, () -> graphMl("""
                <graphml><graph>
                  <node id="a"/>
                  <node/>
                  <node id="a"/>
                  <edge source="a" target="ghost"/>
                </graph></graphml>
                """));

        assertEquals(List.of(
                new PlanProblem("deps.graphml", 3, 10, "", "expected the id attribute on <node>"),
                new PlanProblem("deps.graphml", 4, 17, "", "the node id 'a' is used twice; first at line 2,"
                        + " column 17"),
                new PlanProblem("deps.graphml", 5, 36, "", "the edge a → ghost names 'ghost', which is not a node of"
                        + " the graph")), e.problems());
    }
}
