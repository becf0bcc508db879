package com.recoveryworkbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.recoveryworkbench.model.FoldedGroups;
import com.recoveryworkbench.model.Plan;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A service's optional named {@code group} and the layout's {@code foldedGroups}: read, written back byte for
 * byte, left out when empty so older files keep their bytes, and refused with a place when not a string.
 */
class NamedGroupFileTest {
    private static final String FILE = """
            {
              "format": "recovery-workbench-plan",
              "schemaVersion": 2,
              "name": "Grouped",
              "settings": {
                "declarationDelay": "PT0S",
                "restoreCapacity": 0
              },
              "tiers": [],
              "services": [
                {
                  "id": "card-api",
                  "name": "Card API",
                  "kind": "application",
                  "tier": "tier-1",
                  "region": "eu-west",
                  "group": "Payments"
                },
                {
                  "id": "web",
                  "name": "web",
                  "kind": "application",
                  "tier": "tier-1",
                  "region": "eu-west"
                }
              ],
              "dependencies": [],
              "scenarios": [],
              "layout": {
                "foldedRegions": [
                  "eu-west"
                ],
                "foldedGroups": [
                  "Payments"
                ]
              }
            }
            """;

    private final PlanReader reader = new PlanReader();

    private Plan read(String text) throws Exception {
        return reader.read(text, "grouped.rplan.json").plan();
    }

    @Test
    void readsTheGroupOfEachServiceAndTheFoldedGroups() throws Exception {
        LoadedPlan loaded = reader.read(FILE, "grouped.rplan.json");

        assertEquals("Payments", loaded.plan().service("card-api").orElseThrow().group());
        assertEquals("", loaded.plan().service("web").orElseThrow().group(), "no group key: in no group");
        assertEquals(Set.of("Payments"), loaded.plan().folded().groups());
        assertEquals(Set.of("eu-west"), loaded.plan().folded().regions());
        assertEquals(List.of(), loaded.warnings());
    }

    @Test
    void writesTheFileBackByteForByte() throws Exception {
        assertEquals(FILE, PlanJsonEncoder.encode(read(FILE)));
    }

    @Test
    void aFileWithoutGroupsIsWrittenBackWithoutThem() throws Exception {
        String older = FILE.replace(",\n      \"group\": \"Payments\"", "")
                .replace(",\n    \"foldedGroups\": [\n      \"Payments\"\n    ]", "");

        assertFalse(older.contains("\"group\"") || older.contains("foldedGroups"), "the fixture is an older file");
        assertEquals(older, PlanJsonEncoder.encode(read(older)));
    }

    @Test
    void anEmptyGroupIsNoGroupAndIsNotWritten() throws Exception {
        Plan plan = read(FILE.replace("\"group\": \"Payments\"", "\"group\": \"  \"")).withFolded(FoldedGroups.NONE);

        assertEquals("", plan.service("card-api").orElseThrow().group());
        assertFalse(PlanJsonEncoder.encode(plan).contains("group"));
    }

    @Test
    void aGroupThatIsNotAStringIsRefusedSayingWhere() {
        String bad = FILE.replace("\"group\": \"Payments\"", "\"group\": 7");

        PlanFileException e = assertThrows(PlanFileException.class, () -> reader.read(bad, "bad.rplan.json"));

        assertEquals(List.of(new PlanProblem("bad.rplan.json", 17, 16, "services[0].group",
                "expected a string, found 7")), e.problems());
    }

    @Test
    void aFoldedGroupThatIsNotANonEmptyStringIsRefusedSayingWhere() {
        String bad = FILE.replace("\"Payments\"\n    ]", "[]\n    ]");

        PlanFileException e = assertThrows(PlanFileException.class, () -> reader.read(bad, "bad.rplan.json"));

        assertEquals(List.of(new PlanProblem("bad.rplan.json", 34, 7, "layout.foldedGroups[0]",
                "expected a non-empty string, found a list")), e.problems());
    }
}
