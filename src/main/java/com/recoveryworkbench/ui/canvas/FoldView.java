package com.recoveryworkbench.ui.canvas;

/**
 * The folded groups of one frame: their cards, and the one selected (outlined), if any. Immutable.
 *
 * @param cards    the folded cards of the painted plan; {@link FoldedCards#NONE} when nothing is folded
 * @param selected the name of the selected folded card; {@code null} for none
 */
record FoldView(FoldedCards cards, String selected) {
    static final FoldView NONE = new FoldView(FoldedCards.NONE, null);
}
