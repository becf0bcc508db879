package com.recoveryworkbench.ui.canvas;

import java.util.Set;

/**
 * The text of the last painted frame, as far as reading it goes: the smallest text drawn, the services
 * whose name was drawn on their card, and the lanes drawn with their summary. What the tests of
 * semantic zoom check; immutable.
 *
 * @param smallestPx       the smallest font size drawn, in screen pixels; infinite when no text was drawn
 * @param namedServices    ids of the services whose card shows its name
 * @param summarisedLanes  names of the lanes whose label says what they hold, uncut
 * @param foldedGroups     names of the folded groups whose card was drawn with what it holds, uncut
 * @param bundledArrows    how many bundled arrows (into, out of or between folded groups) were drawn
 */
public record DrawnText(double smallestPx, Set<String> namedServices, Set<String> summarisedLanes,
                        Set<String> foldedGroups, int bundledArrows) {
    public DrawnText {
        foldedGroups = Set.copyOf(foldedGroups);
        namedServices = Set.copyOf(namedServices);
        summarisedLanes = Set.copyOf(summarisedLanes);
    }
}
