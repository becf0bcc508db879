package com.recoveryworkbench.io.imports;

import static com.recoveryworkbench.io.imports.DotImportTest.ids;
import static com.recoveryworkbench.io.imports.DotImportTest.only;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.io.Imported;
import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.PlanProblem;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.MergeResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceField;
import com.recoveryworkbench.model.ServiceKind;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackstageImportTest {
    private static final String CATALOG = """
            apiVersion: backstage.io/v1alpha1
            kind: System
            metadata:
              name: shop
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: checkout
              title: Checkout
            spec:
              type: service
              owner: group:default/payments
              dependsOn:
                - component:default/auth
                - resource:orders-db
                - api:pricing
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: auth
            spec:
              type: service
              owner: identity-team
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Resource
            metadata:
              name: orders-db
              title: Orders DB
            spec:
              type: database
              owner: group:dba
              dependencyOf: [component:payments-worker]
            """;

    static Imported backstage(String text) throws PlanFileException {
        return ImportFormat.BACKSTAGE.importText(text, "catalog-info.yaml", "Shop");
    }

    @Test
    void componentsAndResourcesBecomeServicesAndDependsOnHardDependencies() throws Exception {
        Imported imported = backstage(CATALOG);

        Plan plan = imported.plan();
        Service checkout = plan.service("checkout").orElseThrow();
        Service db = plan.service("orders-db").orElseThrow();
        assertAll(
                () -> assertEquals(List.of("auth", "checkout", "orders-db"), ids(plan)),
                () -> assertEquals("Checkout", checkout.name()),
                () -> assertEquals("payments", checkout.owner()),
                () -> assertEquals(ServiceKind.APPLICATION, checkout.kind()),
                () -> assertEquals("auth", plan.service("auth").orElseThrow().name()),
                () -> assertEquals("identity-team", plan.service("auth").orElseThrow().owner()),
                () -> assertEquals("Orders DB", db.name()),
                () -> assertEquals(ServiceKind.DATABASE, db.kind()),
                () -> assertEquals("dba", db.owner()),
                // payments-worker is not in the file: the dependency is kept for a merge to resolve.
                () -> assertEquals(List.of(Dependency.hard("checkout", "auth"), Dependency.hard("checkout", "orders-db"),
                        Dependency.hard("payments-worker", "orders-db")), plan.dependencies()),
                () -> assertEquals(Set.of(ServiceField.NAME, ServiceField.KIND, ServiceField.OWNER),
                        imported.carried().get("checkout")),
                // No title: metadata.name is the id, not a name to merge over one chosen in the plan.
                () -> assertEquals(Set.of(ServiceField.KIND, ServiceField.OWNER), imported.carried().get("auth")));
    }

    @Test
    void mergingTheCatalogIntoAWorkedPlanKeepsWhatOnlyThePlanKnows() throws Exception {
        Service auth = Service.builder("auth", ServiceKind.IDENTITY).name("Auth (Keycloak)").tier("tier-0")
                .restoreTime(Duration.ofMinutes(4)).owner("old-team").position(700, 300).build();
        Plan worked = Plan.empty("Worked").withService(auth);

        MergeResult merge = backstage(CATALOG).mergeInto(worked);

        // auth: the catalog gives kind (service → application) and owner, but no title, so the name stays.
        assertAll(
                () -> assertEquals(auth.toBuilder().kind(ServiceKind.APPLICATION).owner("identity-team").build(),
                        merge.plan().service("auth").orElseThrow()),
                () -> assertEquals(List.of("checkout", "orders-db"), merge.added()),
                () -> assertEquals(List.of("auth"), merge.updated()),
                () -> assertEquals(3, merge.addedDependencies().size()));
    }

    @Test
    void skippedEntitiesAndDependenciesAreWarnedAboutInFileOrder() throws Exception {
        assertEquals(List.of(
                new PlanProblem("catalog-info.yaml", 1, 1, "kind", "the System entity 'shop' is skipped: only"
                        + " Component and Resource entities become services"),
                new PlanProblem("catalog-info.yaml", 17, 7, "spec.dependsOn", "'api:pricing' is not a Component or"
                        + " Resource; that dependency is left out"),
                new PlanProblem("catalog-info.yaml", 35, 18, "spec.dependencyOf", "'component:payments-worker' is not"
                        + " in this file; the dependency is kept, and the analysis reports it as unknown-dependency until"
                        + " the plan has that service")),
                backstage(CATALOG).warnings());
    }

    @Test
    void anUnknownTypeGivesTheDefaultKindOfItsEntityWithAWarningAndIsNotCarried() throws Exception {
        Imported imported = backstage("""
                kind: Resource
                metadata: {name: reports}
                spec: {type: data-lake}
                ---
                kind: Component
                metadata: {name: portal}
                spec: {type: Website}
                ---
                kind: Component
                metadata: {name: batch}
                """);

        Plan plan = imported.plan();
        assertAll(
                () -> assertEquals(ServiceKind.STORAGE, plan.service("reports").orElseThrow().kind()),
                () -> assertEquals(ServiceKind.APPLICATION, plan.service("portal").orElseThrow().kind()),
                () -> assertEquals(ServiceKind.APPLICATION, plan.service("batch").orElseThrow().kind()),
                () -> assertEquals(Set.of(), imported.carried().get("reports")),
                () -> assertEquals(Set.of(ServiceField.KIND), imported.carried().get("portal")),
                () -> assertEquals(List.of(
                        new PlanProblem("catalog-info.yaml", 1, 1, "spec.type", "the type 'data-lake' is not one the"
                                + " import knows; 'reports' becomes storage, the default for a Resource"),
                        new PlanProblem("catalog-info.yaml", 9, 1, "spec.type", "no type; 'batch' becomes application,"
                                + " the default for a Component")), imported.warnings()));
    }

    @Test
    void errorsNameTheFieldLineAndColumn() {
        assertAll(
                () -> assertEquals("catalog-info.yaml:4:19: spec.dependsOn: expected a list, found a scalar",
                        only(() -> backstage("kind: Component\nmetadata:\n  name: a\nspec: {dependsOn: b}\n"))),
                () -> assertEquals("catalog-info.yaml:1:1: metadata.name: expected the entity's name",
                        only(() -> backstage("kind: Component\nmetadata:\n  title: A\n"))),
                () -> assertEquals("catalog-info.yaml:1:1: expected an entity: a map with apiVersion, kind, metadata"
                        + " and spec", only(() -> backstage("- just\n- a list\n"))),
                () -> assertEquals("catalog-info.yaml:5:1: metadata.name: the entity component:default/A is described"
                        + " twice", only(() -> backstage("kind: Component\nmetadata: {name: a}\n---\n\n"
                        + "kind: component\nmetadata: {name: A}\n"))));
    }

    @Test
    void aYamlSyntaxErrorIsLocated() {
        String problem = only(() -> backstage("kind: Component\nmetadata:\n  name: [a\n"));

        assertEquals("catalog-info.yaml:4:1: not valid YAML: ", problem.substring(0, problem.indexOf("YAML: ") + 6));
    }
}
