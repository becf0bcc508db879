package com.recoveryworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Where names break, in a fixed-pitch type of 0.625 em a character (exact in binary), so every line is
 * counted by hand: the card's 162-unit name room holds 14 characters in the name level's 18-unit type
 * (11.25 each) and 9 in the presented 27-unit type (16.875 each); "-" and "…" are one character too.
 */
class NameBreakTest {
    private static final double WIDTH = CardPainter.LABEL_NAME_WIDTH;

    private static ToDoubleFunction<String> pitch(double size) {
        return text -> text.length() * 0.625 * size;
    }

    private static List<String> atNameLevel(String name) {
        return NameBreak.twoLines(name, WIDTH, pitch(SemanticZoom.NAME_TEXT));
    }

    private static List<String> presented(String name) {
        return NameBreak.twoLines(name, WIDTH, pitch(SemanticZoom.PRESENTATION_NAME_TEXT));
    }

    @Test
    void theWidthsHoldFourteenAndNineCharacters() {
        assertTrue(pitch(18).applyAsDouble("x".repeat(14)) <= WIDTH);
        assertFalse(pitch(18).applyAsDouble("x".repeat(15)) <= WIDTH);
        assertTrue(pitch(27).applyAsDouble("x".repeat(9)) <= WIDTH);
        assertFalse(pitch(27).applyAsDouble("x".repeat(10)) <= WIDTH);
    }

    @Test
    void atTheNameLevelNamesBreakAtTheLastSpaceThatFits() {
        // "Search cluster" is 14 characters: the line's whole room.
        assertEquals(List.of("Search cluster", "(EU)"), atNameLevel("Search cluster (EU)"));
        assertEquals(List.of("Loyalty", "programme"), atNameLevel("Loyalty programme"));
        assertEquals(List.of("Cart database", "(EU)"), atNameLevel("Cart database (EU)"));
    }

    @Test
    void atTheNameLevelAWordIsSplitWhenOnlyThatShowsTheWholeNameOrTwentyFourCharacters() {
        // Whole words keep 22 characters ("Warehouse" / "management (E…"); split, the whole name shows.
        assertEquals(List.of("Warehouse man-", "agement (EU)"), atNameLevel("Warehouse management (EU)"));
        // Whole words keep 22 ("Warehouse" / "management li…"); split, 25 ("Warehouse man-" / "agement link…").
        assertEquals(List.of("Warehouse man-", "agement link…"), atNameLevel("Warehouse management link (EU)"));
    }

    @Test
    void atTheNameLevelAWordWiderThanTheLineIsSplitWithAHyphen() {
        // "Recommendations" is 15 characters: 13 and the hyphen fill the first line.
        assertEquals(List.of("Recommendatio-", "ns (EU)"), atNameLevel("Recommendations (EU)"));
    }

    @Test
    void presentedAWordWiseBreakThatFitsIsTaken() {
        // The old fill-to-the-brim gave "Loyalty p- / rogramme"; "programme" is 9 characters and fits.
        assertEquals(List.of("Loyalty", "programme"), presented("Loyalty programme"));
    }

    @Test
    void presentedANameWhoseWordsFitButNotOnTwoLinesIsCutAtASpaceNotSplit() {
        // "cluster (EU)" is 12 characters; "cluster (…" would be 10, so "cluster…" (8) is what fits.
        assertEquals(List.of("Search", "cluster…"), presented("Search cluster (EU)"));
        // "database (EU)" is 13; "database…" is 9.
        assertEquals(List.of("Cart", "database…"), presented("Cart database (EU)"));
    }

    @Test
    void presentedAFirstWordWiderThanTheLineIsSplitAndTheRestCut() {
        // 8 letters and the hyphen fill 9; "dations (EU)" is 12, "dations (…" would be 10.
        assertEquals(List.of("Recommen-", "dations…"), presented("Recommendations (EU)"));
    }

    @Test
    void aLaterWordWiderThanTheLineIsSplitWhenThatShowsMore() {
        // The first line filled: "Big Supe-" (7 letters shown) and "rcalifra…" (8) beat "Big" and "Supercal…".
        assertEquals(List.of("Big Supe-", "rcalifra…"), presented("Big Supercalifragilistic"));
    }

    @Test
    void aWideWordIsNotSplitAfterFewerThanThreeLetters() {
        // Filling the line would give "Loyal pr-": two letters of "programmesss" (12) before the hyphen.
        assertEquals(List.of("Loyal", "programm…"), presented("Loyal programmesss"));
    }

    @Test
    void aBreakAfterTheNamesOwnHyphenIsNoSplitWord() {
        assertFalse(NameBreak.splitsAWord("Customer sign-in", List.of("Customer sign-", "in")));
        assertTrue(NameBreak.splitsAWord("Recommendations", List.of("Recommen-", "dations")));
        assertFalse(NameBreak.splitsAWord("Loyalty programme", List.of("Loyalty", "programme")));
    }
}
