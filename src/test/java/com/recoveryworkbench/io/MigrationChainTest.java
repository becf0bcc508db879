package com.recoveryworkbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The chain logic, with test-only steps: version 1 called the plan's name "title" (renamed in 2),
 * and version 3 added "description", filled from the name. Nothing here is a real past version.
 */
class MigrationChainTest {
    private static final Migration TITLE_BECOMES_NAME = step(1, plan -> plan.renamed("title", "name"));
    private static final Migration DESCRIPTION_FROM_NAME = step(2, plan -> plan.with("description", plan.get("name")));

    @Test
    void appliesEveryStepFromTheFilesVersionInOrderAndSetsTheVersion() throws Exception {
        MigrationChain chain = new MigrationChain(3, List.of(DESCRIPTION_FROM_NAME, TITLE_BECOMES_NAME));

        JsonObject upgraded = chain.upgrade(tree("""
                {"schemaVersion": 1, "title": "Retail"}"""), 1);

        assertEquals("Retail", ((JsonValue.Text) upgraded.get("name")).value());
        // The second step found "name" only because the first one ran before it.
        assertEquals("Retail", ((JsonValue.Text) upgraded.get("description")).value());
        assertNull(upgraded.get("title"));
        assertEquals("3", ((JsonValue.Numeric) upgraded.get("schemaVersion")).text());
    }

    @Test
    void startsAtTheFilesVersion() throws Exception {
        MigrationChain chain = new MigrationChain(3, List.of(TITLE_BECOMES_NAME, DESCRIPTION_FROM_NAME));

        JsonObject upgraded = chain.upgrade(tree("""
                {"schemaVersion": 2, "name": "Retail", "title": "left alone"}"""), 2);

        assertEquals("left alone", ((JsonValue.Text) upgraded.get("title")).value());
        assertEquals("Retail", ((JsonValue.Text) upgraded.get("description")).value());
    }

    @Test
    void leavesAFileOfTheCurrentVersionAsItIs() throws Exception {
        JsonObject plan = tree("""
                {"schemaVersion": 3, "title": "Retail"}""");

        assertSame(plan, new MigrationChain(3, List.of(TITLE_BECOMES_NAME, DESCRIPTION_FROM_NAME)).upgrade(plan, 3));
    }

    @Test
    void keepsTheLocationsOfWhatItCarriesOver() throws Exception {
        JsonObject upgraded = new MigrationChain(2, List.of(TITLE_BECOMES_NAME)).upgrade(tree("""
                {
                  "schemaVersion": 1,
                  "title": "Retail"
                }"""), 1);

        JsonObject.Member name = upgraded.members().stream().filter(m -> m.key().equals("name")).findFirst()
                .orElseThrow();
        assertEquals(new SourceLocation(3, 3), name.keyAt());
        assertEquals(new SourceLocation(3, 12), name.value().at());
        assertEquals(new SourceLocation(2, 20), upgraded.get("schemaVersion").at());
    }

    @Test
    void refusesAChainWithAMissingOrDoubledStep() {
        assertThrows(IllegalArgumentException.class, () -> new MigrationChain(3, List.of(TITLE_BECOMES_NAME)));
        assertThrows(IllegalArgumentException.class,
                () -> new MigrationChain(3, List.of(TITLE_BECOMES_NAME, TITLE_BECOMES_NAME)));
        assertThrows(IllegalArgumentException.class, () -> new MigrationChain(1, List.of(step(0, plan -> plan))));
    }

    @Test
    void refusesToMigrateFromAVersionOutsideTheChain() throws Exception {
        MigrationChain chain = new MigrationChain(3, List.of(DESCRIPTION_FROM_NAME));
        JsonObject plan = tree("{\"schemaVersion\": 1}");

        assertThrows(IllegalArgumentException.class, () -> chain.upgrade(plan, 1));
        assertThrows(IllegalArgumentException.class, () -> chain.upgrade(plan, 4));
    }

    @Test
    void theWorkbenchStillReadsEveryVersionItEverWrote() {
        MigrationChain standard = MigrationChain.standard();

        assertEquals(1, standard.oldestVersion());
        assertEquals(PlanFormat.SCHEMA_VERSION, standard.currentVersion());
    }

    static JsonObject tree(String json) throws PlanFileException {
        return (JsonObject) JsonTreeReader.read(json, "test");
    }

    static Migration step(int from, java.util.function.UnaryOperator<JsonObject> change) {
        return new Migration() {
            @Override
            public int from() {
                return from;
            }

            @Override
            public JsonObject apply(JsonObject plan) {
                return change.apply(plan);
            }
        };
    }
}
