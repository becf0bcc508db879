package com.recoveryworkbench.layout;

import static com.recoveryworkbench.layout.Cards.plan;
import static com.recoveryworkbench.layout.Cards.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class StraightCrossingsTest {

    @Test
    void swapsTwoNeighboursWhoseLinesCross() {
        // Column 0: a above b; column 240: c above d. c needs b and d needs a: the two lines cross.
        Plan plan = plan(List.of(service("a", 0, 0), service("b", 0, 0), service("c", 0, 0), service("d", 0, 0)),
                List.of(Dependency.hard("c", "b"), Dependency.hard("d", "a")));
        Map<String, Slot> slots = new LinkedHashMap<>();
        slots.put("a", new Slot(0, 0));
        slots.put("b", new Slot(0, 100));
        slots.put("c", new Slot(240, 0));
        slots.put("d", new Slot(240, 100));

        Map<String, Slot> result = StraightCrossings.reduce(plan, slots);

        assertEquals(Map.of("a", new Slot(0, 100), "b", new Slot(0, 0), "c", new Slot(240, 0),
                "d", new Slot(240, 100)), result);
    }

    @Test
    void leavesALayoutWithoutCrossingsAlone() {
        Plan plan = plan(List.of(service("a", 0, 0), service("b", 0, 0)), List.of(Dependency.hard("b", "a")));
        Map<String, Slot> slots = Map.of("a", new Slot(0, 0), "b", new Slot(240, 0));

        assertSame(slots, StraightCrossings.reduce(plan, slots));
    }

    /** Starting from cards stacked in id order in five columns, crossings never go up and slots are only permuted. */
    @Property(tries = 30)
    void neverAddsCrossingsAndOnlyReordersCardsWithinTheirLayer(@ForAll long seed,
                                                                @ForAll @IntRange(min = 2, max = 60) int size) {
        Plan plan = Cards.random(seed, size, List.of(""), 0);
        Map<String, Slot> slots = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            slots.put(Cards.id(i), new Slot(240.0 * (i % 5), 100.0 * (i / 5)));
        }

        Map<String, Slot> result = StraightCrossings.reduce(plan, slots);

        assertTrue(crossings(plan, result) <= crossings(plan, slots));
        assertEquals(new TreeSet<>(slots.values().stream().map(StraightCrossingsTest::text).toList()),
                new TreeSet<>(result.values().stream().map(StraightCrossingsTest::text).toList()));
        slots.forEach((id, slot) -> assertEquals(slot.main(), result.get(id).main()));
    }

    private static String text(Slot slot) {
        return slot.main() + "/" + slot.cross();
    }

    private static long crossings(Plan plan, Map<String, Slot> slots) {
        List<Slot[]> lines = new ArrayList<>();
        List<String[]> ends = new ArrayList<>();
        for (Dependency d : plan.dependencies()) {
            if (d.isHard() && !d.from().equals(d.to())) {
                lines.add(new Slot[] {slots.get(d.from()), slots.get(d.to())});
                ends.add(new String[] {d.from(), d.to()});
            }
        }
        long count = 0;
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                boolean shareACard = List.of(ends.get(i)).stream().anyMatch(List.of(ends.get(j))::contains);
                if (!shareACard && cross(lines.get(i), lines.get(j))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean cross(Slot[] e, Slot[] f) {
        return side(e, f[0]) * side(e, f[1]) < 0 && side(f, e[0]) * side(f, e[1]) < 0;
    }

    private static double side(Slot[] line, Slot p) {
        return Math.signum((line[1].main() - line[0].main()) * (p.cross() - line[0].cross())
                - (line[1].cross() - line[0].cross()) * (p.main() - line[0].main()));
    }
}
