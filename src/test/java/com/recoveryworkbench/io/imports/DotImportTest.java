package com.recoveryworkbench.io.imports;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.recoveryworkbench.io.Imported;
import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.PlanProblem;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceField;
import com.recoveryworkbench.model.ServiceKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DotImportTest {

    static Imported dot(String text) throws PlanFileException {
        return ImportFormat.DOT.importText(text, "deps.dot", "Shop");
    }

    static List<String> ids(Plan plan) {
        return plan.services().stream().map(Service::id).toList();
    }

    @Test
    void nodesBecomeServicesAndEdgesHardDependenciesOfTheirSource() throws Exception {
        Imported imported = dot("""
                // the shop
                digraph shop {
                  rankdir=LR;
                  node [shape=box];
                  checkout [label="Checkout"];
                  "orders-db" [label="Orders DB\\nwave 1, up 20m"];
                  checkout -> auth -> "orders-db" [color=red];
                  checkout -> cache [style=dashed];
                }
                """);

        Plan plan = imported.plan();
        assertAll(
                () -> assertEquals("Shop", plan.name()),
                () -> assertEquals(List.of("auth", "cache", "checkout", "orders-db"), ids(plan)),
                () -> assertEquals("Checkout", plan.service("checkout").orElseThrow().name()),
                // The first line of a label is the name; an unlabelled node is named by its id.
                () -> assertEquals("Orders DB", plan.service("orders-db").orElseThrow().name()),
                () -> assertEquals("auth", plan.service("auth").orElseThrow().name()),
                () -> assertEquals(ServiceKind.APPLICATION, plan.service("auth").orElseThrow().kind()),
                () -> assertEquals("tier-2", plan.service("auth").orElseThrow().tier()),
                () -> assertEquals(List.of(Dependency.hard("auth", "orders-db"), Dependency.hard("checkout", "auth"),
                        Dependency.soft("checkout", "cache")), plan.dependencies()),
                () -> assertEquals(List.of(), imported.warnings()),
                () -> assertEquals(Set.of(ServiceField.NAME), imported.carried().get("checkout")),
                () -> assertEquals(Set.of(), imported.carried().get("auth")));
    }

    @Test
    void servicesAreLaidOutInWaveColumns() throws Exception {
        Plan plan = dot("digraph { a -> b -> c; a -> c }").plan();

        // c needs nothing (wave 1), b needs c (wave 2), a needs b (wave 3): columns 280 apart from x = 60.
        assertAll(
                () -> assertEquals(new Position(60, 60), plan.service("c").orElseThrow().position()),
                () -> assertEquals(new Position(340, 60), plan.service("b").orElseThrow().position()),
                () -> assertEquals(new Position(620, 60), plan.service("a").orElseThrow().position()));
    }

    @Test
    void aSubgraphAsAnEdgeEndStandsForEachOfItsNodes() throws Exception {
        Plan plan = dot("""
                strict digraph {
                  subgraph cluster_web { web:p1; api }
                  {web api} -> db:n -> "disk" + "-1"
                }
                """).plan();

        assertEquals(List.of(Dependency.hard("api", "db"), Dependency.hard("db", "disk-1"),
                Dependency.hard("web", "db")), plan.dependencies());
    }

    @Test
    void commentsHtmlLabelsAndGraphvizEscapesAreUnderstood() throws Exception {
        Plan plan = dot("""
                # a line from the C preprocessor
                digraph { /* a block
                             comment */
                  a [label=<<b>Checkout</b> &amp; Pay<br/>wave 1>];
                  b [label="\\N: \\"Auth\\"\\lsecond line"];
                  c [label="back\\\\slash\\\\"]  // an escaped backslash before the closing quote
                  a -> b -> c
                }
                """).plan();

        assertAll(
                () -> assertEquals("Checkout & Pay", plan.service("a").orElseThrow().name()),
                () -> assertEquals("b: \"Auth\"", plan.service("b").orElseThrow().name()),
                () -> assertEquals("back\\slash\\", plan.service("c").orElseThrow().name()));
    }

    @Test
    void idsThatAreNoServiceIdsBecomeUniqueSlugsWithAWarning() throws Exception {
        Imported imported = dot("""
                digraph {
                  "Legacy DB" -> "legacy-db";
                  "Legacy  DB!" -> "Legacy DB";
                }
                """);

        // legacy-db is valid and kept; the others slug to legacy-db too and get -2, -3 in file order.
        assertAll(
                () -> assertEquals(List.of("legacy-db", "legacy-db-2", "legacy-db-3"), ids(imported.plan())),
                () -> assertEquals("Legacy DB", imported.plan().service("legacy-db-2").orElseThrow().name()),
                () -> assertEquals(List.of(Dependency.hard("legacy-db-2", "legacy-db"),
                        Dependency.hard("legacy-db-3", "legacy-db-2")), imported.plan().dependencies()),
                () -> assertEquals(List.of(
                        new PlanProblem("deps.dot", 2, 3, "", "'Legacy DB' is not a valid service id or is taken;"
                                + " the service gets the id 'legacy-db-2'"),
                        new PlanProblem("deps.dot", 3, 3, "", "'Legacy  DB!' is not a valid service id or is taken;"
                                + " the service gets the id 'legacy-db-3'")), imported.warnings()));
    }

    @Test
    void anUndirectedGraphAndASelfLoopAreWarnedAbout() throws Exception {
        Imported imported = dot("graph g {\n  a -- b\n  c -- c\n}\n");

        assertAll(
                () -> assertEquals(List.of(Dependency.hard("a", "b"), Dependency.hard("c", "c")),
                        imported.plan().dependencies()),
                () -> assertEquals(List.of(
                        new PlanProblem("deps.dot", 1, 1, "", "the graph is undirected: each edge a -- b is read as"
                                + " a depending on b"),
                        new PlanProblem("deps.dot", 3, 5, "", "'c' depends on itself; the dependency is kept, and"
                                + " check reports it as a cycle of one service")),
                        imported.warnings()));
    }

    @Test
    void aDashedSelfLoopIsKeptAsASoftDependencyThatChangesNothing() throws Exception {
        Imported imported = dot("digraph {\n  a -> a [style=dashed]\n}\n");

        assertAll(
                () -> assertEquals(List.of(Dependency.soft("a", "a")), imported.plan().dependencies()),
                () -> assertEquals(List.of(new PlanProblem("deps.dot", 2, 5, "", "'a' depends on itself; the"
                        + " dependency is kept and changes nothing in the recovery")), imported.warnings()));
    }

    @Test
    void aSyntaxErrorNamesItsLineColumnAndWhatWasExpected() {
        PlanFileException e = assertThrows(PlanFileException.class, () -> dot("digraph {\n  a [label=\"A\" shape]\n}\n"));

        assertEquals("Cannot import deps.dot: 1 problem\n"
                + "deps.dot:2:21: expected '=' after the attribute name 'shape', found ']'", e.getMessage());
    }

    @Test
    void otherSyntaxErrorsAreLocatedToo() {
        assertAll(
                () -> assertEquals("deps.dot:1:1: expected 'digraph' or 'graph' to start the file, found 'flowchart'",
                        only(() -> dot("flowchart { a }"))),
                () -> assertEquals("deps.dot:2:5: expected '->' between nodes of a digraph, found '--'",
                        only(() -> dot("digraph {\n  a -- b\n}"))),
                () -> assertEquals("deps.dot:3:1: expected '}' to close the '{' at line 1, column 9, found the end"
                        + " of the file", only(() -> dot("digraph {\n  a -> b\n"))),
                () -> assertEquals("deps.dot:2:8: this quoted string is never closed: expected '\"'",
                        only(() -> dot("digraph {\n  a -> \"b\n}\n"))),
                () -> assertEquals("deps.dot:1:13: expected the end of the file after the graph's closing '}' (one"
                        + " graph per file), found 'digraph'", only(() -> dot("digraph { } digraph { }"))));
    }

    /** The one problem an import failed with, as printed. */
    static String only(org.junit.jupiter.api.function.Executable run) {
        PlanFileException e = assertThrows(PlanFileException.class, run);
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0).toString();
    }
}
