package com.recoveryworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** However the arrows crowd, the pills placed on them keep clear of each other and of the cards. */
class CountPlacementProperties {
    private static final double H = 15.4;

    @Property(tries = 200)
    void pillsNeverOverlapEachOtherNorACard(@ForAll long seed, @ForAll @IntRange(min = 1, max = 150) int arrows,
                                            @ForAll @IntRange(min = 0, max = 12) int cardCount) {
        Random random = new Random(seed);
        List<double[]> cards = new ArrayList<>();
        for (int i = 0; i < cardCount; i++) {
            double x = random.nextDouble() * 800;
            double y = random.nextDouble() * 600;
            cards.add(new double[] {x, y, x + 80, y + 32});
        }
        CountPlacement.Cards onMap = (minX, minY, maxX, maxY) -> cards.stream()
                .anyMatch(c -> overlap(c, new double[] {minX, minY, maxX, maxY}, 0));
        CountPlacement placement = new CountPlacement();
        placement.reset(H);
        List<double[]> pills = new ArrayList<>();
        for (int i = 0; i < arrows; i++) {
            double[] line = {random.nextDouble() * 800, random.nextDouble() * 600, random.nextDouble() * 800,
                random.nextDouble() * 600};
            double width = 11 + 7 * (1 + random.nextInt(3));
            double[] at = placement.place(line, random.nextBoolean(), random.nextBoolean(), 33, width, H, onMap);
            if (at != null) {
                double[] pill = {at[0] - width / 2, at[1] - H / 2, at[0] + width / 2, at[1] + H / 2};
                for (double[] other : pills) {
                    assertFalse(overlap(pill, other, CountPlacement.GAP - 1e-9), "two pills closer than the gap");
                }
                for (double[] card : cards) {
                    assertFalse(overlap(pill, card, 0), "a pill on a card");
                }
                pills.add(pill);
            }
        }
    }

    /** Whether two rectangles come closer than {@code gap} (overlap for 0). */
    private static boolean overlap(double[] a, double[] b, double gap) {
        return a[0] < b[2] + gap && b[0] < a[2] + gap && a[1] < b[3] + gap && b[1] < a[3] + gap;
    }
}
