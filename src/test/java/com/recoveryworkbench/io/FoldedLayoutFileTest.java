package com.recoveryworkbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.recoveryworkbench.model.FoldedGroups;
import com.recoveryworkbench.model.GroupKind;
import com.recoveryworkbench.model.Plan;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The plan file's optional {@code layout}: folded groups read, written back byte for byte, refused with a place. */
class FoldedLayoutFileTest {
    private static final String FILE = """
            {
              "format": "recovery-workbench-plan",
              "schemaVersion": 2,
              "name": "Folded",
              "settings": {
                "declarationDelay": "PT0S",
                "restoreCapacity": 0
              },
              "tiers": [],
              "services": [
                {
                  "id": "web",
                  "name": "web",
                  "kind": "application",
                  "tier": "tier-1",
                  "owner": "Shop",
                  "region": "eu-west"
                }
              ],
              "dependencies": [],
              "scenarios": [],
              "layout": {
                "foldedRegions": [
                  "eu-west",
                  "us-east"
                ],
                "foldedOwners": [
                  "Shop"
                ]
              }
            }
            """;

    private final PlanReader reader = new PlanReader();

    @Test
    void readsTheFoldedRegionsAndOwners() throws Exception {
        LoadedPlan loaded = reader.read(FILE, "folded.rplan.json");

        assertEquals(Set.of("eu-west", "us-east"), loaded.plan().folded().regions());
        assertEquals(Set.of("Shop"), loaded.plan().folded().owners());
        assertEquals(List.of(), loaded.warnings());
    }

    @Test
    void writesTheFileBackByteForByte() throws Exception {
        assertEquals(FILE, PlanJsonEncoder.encode(reader.read(FILE, "folded.rplan.json").plan()));
    }

    @Test
    void aPlanWithNothingFoldedHasNoLayout() throws Exception {
        Plan unfolded = reader.read(FILE, "folded.rplan.json").plan().withFolded(FoldedGroups.NONE);

        assertFalse(PlanJsonEncoder.encode(unfolded).contains("layout"));
    }

    @Test
    void onlyTheKindThatHasFoldsIsWritten() throws Exception {
        Plan plan = reader.read(FILE, "folded.rplan.json").plan();
        Plan regionsOnly = plan.withFolded(plan.folded().with(GroupKind.OWNER, List.of()));

        String text = PlanJsonEncoder.encode(regionsOnly);

        assertFalse(text.contains("foldedOwners"));
        assertEquals(new TreeSet<>(Set.of("eu-west", "us-east")),
                reader.read(text, "again.rplan.json").plan().folded().regions());
    }

    @Test
    void refusesANameThatIsNotANonEmptyStringSayingWhere() {
        String bad = FILE.replace("\"us-east\"", "42").replace("\"Shop\"\n", "\"\"\n");

        PlanFileException e = assertThrows(PlanFileException.class, () -> reader.read(bad, "bad.rplan.json"));

        assertEquals(List.of(
                new PlanProblem("bad.rplan.json", 25, 7, "layout.foldedRegions[1]",
                        "expected a non-empty string, found 42"),
                new PlanProblem("bad.rplan.json", 28, 7, "layout.foldedOwners[0]",
                        "expected a non-empty string, found \"\"")), e.problems());
    }

    @Test
    void refusesALayoutThatIsNotAnObject() {
        String bad = FILE.replaceAll("(?s)\"layout\": \\{.*\\n  }\\n", "\"layout\": []\n");

        PlanFileException e = assertThrows(PlanFileException.class, () -> reader.read(bad, "bad.rplan.json"));

        assertEquals(List.of(new PlanProblem("bad.rplan.json", 22, 13, "layout", "expected an object, found a list")),
                e.problems());
    }

    @Test
    void warnsOfANameListedTwiceAndFoldsItOnce() throws Exception {
        String twice = FILE.replace("\"us-east\"", "\"eu-west\"");

        LoadedPlan loaded = reader.read(twice, "twice.rplan.json");

        assertEquals(Set.of("eu-west"), loaded.plan().folded().regions());
        assertEquals(List.of(new PlanProblem("twice.rplan.json", 25, 7, "layout.foldedRegions[1]",
                "\"eu-west\" is listed twice; it is folded once")), loaded.warnings());
    }

    @Test
    void warnsOfAnUnknownLayoutField() throws Exception {
        String unknown = FILE.replace("\"foldedOwners\"", "\"foldedTeams\"");

        LoadedPlan loaded = reader.read(unknown, "unknown.rplan.json");

        assertEquals(1, loaded.warnings().size());
        assertEquals("layout.foldedTeams", loaded.warnings().get(0).field());
        assertEquals(Set.of(), loaded.plan().folded().owners());
    }
}
