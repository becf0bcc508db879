package com.recoveryworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Presented names at the name-only level: a name of 23 characters, cut at 27-unit type on two lines, is
 * shown whole once the zoom leaves room for smaller type or a third line, never under 18 px on screen.
 */
@ExtendWith(ApplicationExtension.class)
class PresentedNamesTest {
    private static final String LONG_NAME = "Customer identity (EU)x";

    private final TextFitter fitter = new TextFitter();
    private final PresentedNames names = new PresentedNames(fitter, CardPainter.LABEL_NAME_WIDTH);

    @Start
    void start(Stage stage) {
        // Only the toolkit is needed, to measure text.
    }

    /** The letters the lines show, without spaces and without the hyphen that splits a word (the name has none). */
    private static String letters(List<String> lines) {
        return String.join("", lines).replace("-", "").replace(" ", "");
    }

    private static void assertWhole(List<String> lines) {
        assertEquals(LONG_NAME.replace(" ", ""), letters(lines), lines.toString());
    }

    @Test
    void atTheZoomWhereNamesFirstShowTheNameIsCutInFullSizeType() {
        double scale = SemanticZoom.scaleFor(SemanticZoom.Detail.LABEL, true);

        PresentedNames.Setting set = names.set(LONG_NAME, scale);

        // 27 units at 2/3 are the 18 px floor: no smaller type, and three lines do not fit the card.
        assertEquals(27, set.font().getSize());
        assertTrue(set.lines().get(set.lines().size() - 1).endsWith("…"), set.lines().toString());
    }

    @Test
    void atFullSizeA23CharacterNameIsShownWholeOnThreeLinesRatherThanTwoInMuchSmallerType() {
        PresentedNames.Setting set = names.set(LONG_NAME, 1);

        assertWhole(set.lines());
        // Three lines of 24 units (the most that fit the 90-unit card: 24 x 3.3 em + 8 = 87.2) show it;
        // two lines would need type of about 18.
        assertEquals(3, set.lines().size(), set.lines().toString());
        assertEquals(24, set.font().getSize());
    }

    @Test
    void threeLinesNeverSplitAWord() {
        // "management" fits a line only in type smaller than 27 units; three lines of 24 would have to
        // split it, so two lines in the type it fits are taken.
        PresentedNames.Setting set = names.set("Warehouse management", 1);

        assertEquals(List.of("Warehouse", "management"), set.lines());
        assertTrue(set.font().getSize() < 27 && set.font().getSize() >= 18, "type of " + set.font());
    }

    @Test
    void atThreeQuartersA23CharacterNameIsShownWholeOnAThirdLineAbove18Px() {
        double scale = 0.75;

        PresentedNames.Setting set = names.set(LONG_NAME, scale);

        assertWhole(set.lines());
        // 18 px at 75 % is 24 units; three lines of 24 at a pitch of 1.05 em take 79.2 of the card's 90.
        assertEquals(24, set.font().getSize());
        assertTrue(set.font().getSize() * scale >= SemanticZoom.PRESENTATION_MIN_TEXT_PX);
        assertEquals(3, set.lines().size(), set.lines().toString());
        assertEquals(PresentedNames.THREE_LINE_STEP * 24, set.lineStep(), 1e-9);
    }

    @Test
    void aShortNameKeepsFullSizeTypeOnOneLine() {
        PresentedNames.Setting set = names.set("Auth", 0.75);

        assertEquals(List.of("Auth"), set.lines());
        assertEquals(27, set.font().getSize());
    }

    @Test
    void zoomedInAReviewersSplitNameIsBrokenAtASpaceInSmallerTypeInstead() {
        // At 27 units "programme" and "cluster (EU)" are wider than the card's line, so two lines of 27
        // were only whole as "Loyalty p- / rogramme"; at full size smaller type down to 18 may be used.
        for (String name : List.of("Loyalty programme", "Search cluster (EU)", "Returns portal (EU)")) {
            PresentedNames.Setting set = names.set(name, 1);

            assertFalse(NameBreak.splitsAWord(name, set.lines()), name + " as " + set.lines());
            assertEquals(name, String.join(" ", set.lines()), name + " is shown whole");
            assertTrue(set.font().getSize() >= 18 && set.font().getSize() <= 27, "type of " + set.font());
        }
    }

    @Test
    void aWordTooWideForTheLineInEveryAllowedSizeIsStillSplitToShowTheNameWhole() {
        // "Recommendations" is wider than a line even in 18-unit type: a split word beats a cut name.
        PresentedNames.Setting set = names.set("Recommendations (EU)", 1);

        assertTrue(NameBreak.splitsAWord("Recommendations (EU)", set.lines()), set.lines().toString());
        assertEquals("Recommendations(EU)", letters(set.lines()));
    }
}
