package com.recoveryworkbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chains read back along shared links behave as the lists they stand for. */
class ChainListTest {
    // 0 ← 1 ← 2 ← 3, and 4 branching off 1.
    private static final ChainLinks LINKS = new ChainLinks(new String[] {"a", "b", "c", "d", "e"},
            new int[] {-1, 0, 1, 2, 1}, new int[] {1, 2, 3, 4, 3});

    @Test
    void aPathReadsFirstToLast() {
        List<String> path = ChainList.path(LINKS, 3, 4);

        assertEquals(List.of("a", "b", "c", "d"), new ArrayList<>(path));
        assertEquals("b", path.get(1));
        assertEquals(List.of("c", "d"), path.subList(2, 4));
        assertEquals(List.of("b", "c"), path.subList(1, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> path.get(4));
    }

    @Test
    void endFirstNamesTheServiceThenItsChain() {
        List<String> services = ChainList.endFirst(LINKS, 4);

        assertEquals(List.of("e", "a", "b"), new ArrayList<>(services));
        assertEquals("e", services.get(0));
        assertEquals("b", services.get(2));
    }

    @Test
    void aTailIsAPathToo() {
        List<String> tail = ChainList.path(LINKS, 3, 4).subList(2, 4);

        assertEquals(List.of("c", "d"), tail);
        assertEquals(List.of("c", "d").hashCode(), tail.hashCode());
        assertEquals(tail, ChainList.path(LINKS, 3, 2));
    }

    /**
     * Two analyses of the same long chain: each comparison starts where the last one stopped. Comparing
     * every pair id by id would take 10 billion steps, far past the cap.
     */
    @Test
    void chainsOfTwoAnalysesCompareEqualOneByOne() {
        int n = 100_000;
        String[] ids = new String[n];
        int[] previous = new int[n];
        int[] length = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "s" + i;
            previous[i] = i - 1;
            length[i] = i + 1;
        }
        ChainLinks before = new ChainLinks(ids, previous, length);
        ChainLinks after = new ChainLinks(ids.clone(), previous.clone(), length.clone());

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < n; i++) {
                assertEquals(ChainList.endFirst(before, i), ChainList.endFirst(after, i));
                assertEquals(ChainList.path(before, i, i + 1), ChainList.path(after, i, i + 1));
            }
        });
        String[] changed = ids.clone();
        changed[0] = "renamed";
        assertNotEquals(ChainList.path(before, n - 1, n), ChainList.path(new ChainLinks(changed, previous, length),
                n - 1, n));
    }

    @Test
    void equalityAndHashAreThoseOfLists() {
        ChainLinks other = new ChainLinks(new String[] {"x", "a", "b", "c", "d"}, new int[] {-1, -1, 1, 2, 3},
                new int[] {1, 1, 2, 3, 4});

        assertEquals(List.of("a", "b", "c", "d"), ChainList.path(LINKS, 3, 4));
        assertEquals(ChainList.path(LINKS, 3, 4), ChainList.path(other, 4, 4));
        assertEquals(List.of("a", "b", "c", "d").hashCode(), ChainList.path(LINKS, 3, 4).hashCode());
        assertEquals(List.of("e", "a", "b").hashCode(), ChainList.endFirst(LINKS, 4).hashCode());
        assertEquals(List.of("a").hashCode(), ChainList.endFirst(LINKS, 0).hashCode());
        assertNotEquals(ChainList.path(LINKS, 3, 4), ChainList.path(LINKS, 4, 3));
        assertNotEquals(ChainList.path(LINKS, 2, 3), ChainList.endFirst(LINKS, 2));
    }
}
