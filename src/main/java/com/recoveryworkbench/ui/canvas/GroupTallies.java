package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.FoldedMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What each folded card or tile of a frame holds ({@link FoldedMap#tally}), counted again only when the
 * cards, the analysis or the greyed services changed: frames that only pan or zoom reuse the counts.
 * FX thread only.
 */
final class GroupTallies {
    private Map<String, FoldedMap.Tally> tallies = Map.of();
    private FoldedCards cardsOf;
    private Analysis analysisOf;
    private Set<String> greyedOf;

    /** The tallies of {@code cards}' groups, by group name. */
    Map<String, FoldedMap.Tally> of(FoldedCards cards, Analysis analysis, Set<String> greyed) {
        if (cards != cardsOf || analysis != analysisOf || greyed != greyedOf) {
            Map<String, FoldedMap.Tally> counted = new HashMap<>();
            for (FoldedCards.Card card : cards.all()) {
                counted.put(card.name(), FoldedMap.tally(card.group(), analysis, greyed));
            }
            tallies = counted;
            cardsOf = cards;
            analysisOf = analysis;
            greyedOf = greyed;
        }
        return tallies;
    }
}
