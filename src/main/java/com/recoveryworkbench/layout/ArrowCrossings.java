package com.recoveryworkbench.layout;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Counts where the straight arrows of hard dependencies cross, as the canvas draws them (card centre to
 * card centre): pairs of arrows that meet at a point inside both, arrows sharing a card not counted.
 * A sweep along the main axis keeps it near linear for arrows that are short along it. Pure function.
 */
final class ArrowCrossings {

    private ArrowCrossings() {
    }

    /** Crossings of the hard dependencies between cards of {@code slots} (top-left corners, cards of one size). */
    static long count(Plan plan, Map<String, Slot> slots) {
        List<double[]> arrows = new ArrayList<>();
        List<String[]> ends = new ArrayList<>();
        for (Dependency d : plan.dependencies()) {
            Slot a = slots.get(d.from());
            Slot b = slots.get(d.to());
            if (d.isHard() && a != null && b != null) {
                arrows.add(new double[] {a.main(), a.cross(), b.main(), b.cross()});
                ends.add(new String[] {d.from(), d.to()});
            }
        }
        Integer[] byStart = new Integer[arrows.size()];
        for (int i = 0; i < byStart.length; i++) {
            byStart[i] = i;
        }
        java.util.Arrays.sort(byStart, Comparator.comparingDouble(i -> minMain(arrows.get(i))));
        long count = 0;
        for (int i = 0; i < byStart.length; i++) {
            double[] s = arrows.get(byStart[i]);
            double end = Math.max(s[0], s[2]);
            for (int j = i + 1; j < byStart.length && minMain(arrows.get(byStart[j])) < end; j++) {
                if (!share(ends.get(byStart[i]), ends.get(byStart[j])) && cross(s, arrows.get(byStart[j]))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static double minMain(double[] s) {
        return Math.min(s[0], s[2]);
    }

    private static boolean share(String[] a, String[] b) {
        return a[0].equals(b[0]) || a[0].equals(b[1]) || a[1].equals(b[0]) || a[1].equals(b[1]);
    }

    private static boolean cross(double[] s, double[] t) {
        return side(s, t[0], t[1]) * side(s, t[2], t[3]) < 0 && side(t, s[0], s[1]) * side(t, s[2], s[3]) < 0;
    }

    private static double side(double[] s, double x, double y) {
        return Math.signum((s[2] - s[0]) * (y - s[1]) - (s[3] - s[1]) * (x - s[0]));
    }
}
