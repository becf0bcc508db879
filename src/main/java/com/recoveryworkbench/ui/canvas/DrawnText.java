package com.recoveryworkbench.ui.canvas;

import java.util.Set;

/**
 * The text of the last painted frame, as far as reading it goes: the smallest text drawn, the services
 * whose name was drawn on their card, the lanes, folded cards and tiles drawn with their summary. What the tests of
 * semantic zoom check; immutable.
 *
 * @param smallestPx       the smallest font size drawn, in screen pixels; infinite when no text was drawn
 * @param namedServices    ids of the services whose card shows its name
 * @param summarisedLanes  names of the lanes whose label says what they hold, uncut
 * @param foldedGroups     names of the folded groups whose card was drawn with what it holds, uncut
 * @param bundledArrows    how many bundled arrows (into, out of or between folded groups) were drawn
 * @param tiledGroups      names of the groups drawn as a tile (zoomed out below the names) with what they hold, uncut
 */
public record DrawnText(double smallestPx, Set<String> namedServices, Set<String> summarisedLanes,
                        Set<String> foldedGroups, int bundledArrows, Set<String> tiledGroups) {
    public DrawnText {
        tiledGroups = Set.copyOf(tiledGroups);
        foldedGroups = Set.copyOf(foldedGroups);
        namedServices = Set.copyOf(namedServices);
        summarisedLanes = Set.copyOf(summarisedLanes);
    }
}
