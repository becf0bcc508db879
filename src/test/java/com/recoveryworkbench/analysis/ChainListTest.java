package com.recoveryworkbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chains read back along shared links behave as the lists they stand for. */
class ChainListTest {
    // 0 ← 1 ← 2 ← 3, and 4 branching off 1.
    private static final String[] IDS = {"a", "b", "c", "d", "e"};
    private static final int[] PREVIOUS = {-1, 0, 1, 2, 1};

    @Test
    void aPathReadsFirstToLast() {
        List<String> path = ChainList.path(IDS, PREVIOUS, 3, 4);

        assertEquals(List.of("a", "b", "c", "d"), new ArrayList<>(path));
        assertEquals("b", path.get(1));
        assertEquals(List.of("c", "d"), path.subList(2, 4));
        assertEquals(List.of("b", "c"), path.subList(1, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> path.get(4));
    }

    @Test
    void endFirstNamesTheServiceThenItsChain() {
        List<String> services = ChainList.endFirst(IDS, PREVIOUS, 4, 3);

        assertEquals(List.of("e", "a", "b"), new ArrayList<>(services));
        assertEquals("e", services.get(0));
        assertEquals("b", services.get(2));
    }

    @Test
    void equalityAndHashAreThoseOfLists() {
        String[] otherIds = {"x", "a", "b", "c", "d"};
        int[] otherPrevious = {-1, -1, 1, 2, 3};

        assertEquals(List.of("a", "b", "c", "d"), ChainList.path(IDS, PREVIOUS, 3, 4));
        assertEquals(ChainList.path(IDS, PREVIOUS, 3, 4), ChainList.path(otherIds, otherPrevious, 4, 4));
        assertEquals(List.of("a", "b", "c", "d").hashCode(), ChainList.path(IDS, PREVIOUS, 3, 4).hashCode());
        assertEquals(List.of("e", "a", "b").hashCode(), ChainList.endFirst(IDS, PREVIOUS, 4, 3).hashCode());
        assertEquals(List.of("a").hashCode(), ChainList.endFirst(IDS, PREVIOUS, 0, 1).hashCode());
        assertNotEquals(ChainList.path(IDS, PREVIOUS, 3, 4), ChainList.path(IDS, PREVIOUS, 4, 3));
        assertNotEquals(ChainList.path(IDS, PREVIOUS, 2, 3), ChainList.endFirst(IDS, PREVIOUS, 2, 3));
    }
}
