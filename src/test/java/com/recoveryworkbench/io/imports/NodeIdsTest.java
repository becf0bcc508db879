package com.recoveryworkbench.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeIdsTest {

    @Test
    void collidingNamesGetSuffixesInTheOrderGiven() {
        NodeIds ids = new NodeIds();
        ids.add("k1", "Legacy DB");
        ids.add("k2", "legacy-db-2");
        ids.add("k3", "Legacy  DB!");
        ids.add("k4", "LEGACY DB");

        // legacy-db-2 is a valid id and reserved first, so the third "Legacy DB" skips it.
        assertEquals(Map.of("k1", "legacy-db", "k2", "legacy-db-2", "k3", "legacy-db-3", "k4", "legacy-db-4"),
                ids.assign());
    }

    @Test
    void suffixesTakenByOtherBasesAreSkipped() {
        NodeIds ids = new NodeIds();
        ids.add("a", "x y");
        ids.add("b", "x.y");
        ids.add("c", "x y!");
        ids.add("d", "x-y-3");
        ids.add("e", "x y?");

        // x.y is valid (kept); x-y, then x-y-2; x-y-3 is reserved, so the next one is x-y-4.
        assertEquals(Map.of("a", "x-y", "b", "x.y", "c", "x-y-2", "d", "x-y-3", "e", "x-y-4"), ids.assign());
    }

    @Test
    void fortyThousandNamesOfOneSlugAreNumberedInTime() {
        NodeIds ids = new NodeIds();
        for (int i = 0; i < 40_000; i++) {
            ids.add("key " + i, "Same Name" + "!".repeat(i % 5));
        }

        Map<String, String> assigned = assertTimeoutPreemptively(Duration.ofSeconds(20), ids::assign);

        assertEquals(40_000, new HashSet<>(assigned.values()).size());
        assertEquals("same-name-40000", assigned.get("key 39999"));
    }
}
