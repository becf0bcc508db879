package com.recoveryworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * However names and lines are sized, a word is split only when no break at a space gives two lines that
 * both fit, and never while every word fits a line. Measured in a proportional type where "i" and "l" take
 * 4 units, "m" and "W" 14 and every other character 9.
 */
class NameBreakProperties {
    private static final ToDoubleFunction<String> MEASURE = text -> text.chars()
            .mapToDouble(c -> "il".indexOf(c) >= 0 ? 4 : "mW".indexOf(c) >= 0 ? 14 : 9).sum();

    @Property(tries = 1000)
    void aWordIsSplitOnlyWhereNoSpaceGivesTwoFittingLinesAndTheSplitShowsMore(
            @ForAll @Size(min = 1, max = 5) List<@AlphaChars @StringLength(min = 1, max = 14) String> words,
            @ForAll @IntRange(min = 40, max = 200) int width) {
        String name = String.join(" ", words);

        List<String> lines = NameBreak.twoLines(name, width, MEASURE);

        if (fitsOnTwoLinesAtASpace(name, width)) {
            assertFalse(NameBreak.splitsAWord(name, lines), name + " as " + lines);
            assertEquals(name, String.join(" ", lines), name + " is shown whole, broken at a space");
            lines.forEach(line -> assertTrue(MEASURE.applyAsDouble(line) <= width, line + " overflows"));
        }
        if (words.stream().allMatch(word -> MEASURE.applyAsDouble(word) <= width)
                && NameBreak.splitsAWord(name, lines)) {
            // A word that fits a line is split only to show the whole name or enough of it to tell it apart.
            String shown = lines.get(0).substring(0, lines.get(0).length() - 1) + lines.get(1).replace("…", "");
            boolean whole = shown.replace(" ", "").equals(name.replace(" ", ""));
            assertTrue(whole || shown.length() >= NameBreak.LEAST_SHOWN, name + " as " + lines);
        }
    }

    /** Whether some space of {@code name} leaves both parts within {@code width}: checked by trying each. */
    private static boolean fitsOnTwoLinesAtASpace(String name, double width) {
        for (int i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) {
            if (MEASURE.applyAsDouble(name.substring(0, i)) <= width
                    && MEASURE.applyAsDouble(name.substring(i + 1)) <= width) {
                return true;
            }
        }
        return false;
    }
}
