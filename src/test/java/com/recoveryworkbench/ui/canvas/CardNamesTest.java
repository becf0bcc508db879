package com.recoveryworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.model.Service;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Names at the name-only level: on two lines in the card, broken at a space unless a word is wider than a
 * line, and when cut, cut to no fewer than 24 characters or after a first line full of whole words.
 */
@ExtendWith(ApplicationExtension.class)
class CardNamesTest {
    private final TextFitter fitter = new TextFitter();
    private final Font font = CardPainter.labelFont(false);
    private final Text probe = new Text();

    @Start
    void start(Stage stage) {
        // Only the toolkit is needed, to measure text.
    }

    @Test
    void aShortNameStaysOnOneLine() {
        assertEquals(List.of("Auth"), fitter.wrapTwoLines("Auth", font, CardPainter.LABEL_NAME_WIDTH));
    }

    @Test
    void aLongerNameBreaksBetweenWords() {
        List<String> lines = fitter.wrapTwoLines("Customer support desk", font, CardPainter.LABEL_NAME_WIDTH);
        assertEquals(2, lines.size());
        assertEquals("Customer support desk", String.join(" ", lines));
    }

    @Test
    void everyNameOfTheTwoRegionSampleKeepsAtLeast24CharactersOrAFullFirstLineOfWords() throws Exception {
        probe.setFont(font);
        List<Service> services = new PlanReader().read(Path.of("assets/samples/two-region-commerce.rplan.json"))
                .plan().services();
        for (Service s : services) {
            List<String> lines = fitter.wrapTwoLines(s.name(), font, CardPainter.LABEL_NAME_WIDTH);
            assertTrue(lines.size() <= 2, s.name());
            // Lines break at a space, or inside a word wider than a line (with a hyphen).
            String first = lines.get(0).endsWith("-") && !s.name().contains(lines.get(0))
                    ? lines.get(0).substring(0, lines.get(0).length() - 1) : lines.get(0);
            String second = lines.size() < 2 ? "" : lines.get(1);
            boolean cut = second.endsWith("…");
            String rest = cut ? second.substring(0, second.length() - 1) : second;
            int shownChars = first.length() + rest.length();
            assertTrue(s.name().replace(" ", "").startsWith((first + rest).replace(" ", "")), s.name() + " as " + lines);
            if (cut) {
                // Cut at a space when every word fits a line ("Warehouse / management…" rather than
                // "Warehouse manage- / ment link (EU)"): then the first line holds all the whole words it can.
                String nextWord = s.name().substring(lines.get(0).length()).strip().split(" +")[0];
                boolean fullFirstLine = !NameBreak.splitsAWord(s.name(), lines)
                        && width(lines.get(0) + " " + nextWord) > CardPainter.LABEL_NAME_WIDTH;
                assertTrue(shownChars >= 24 || fullFirstLine,
                        s.name() + " is cut to " + lines + ", " + shownChars + " characters");
            } else {
                assertEquals(s.name().replace(" ", ""), (first + rest).replace(" ", ""), s.name() + " is shown whole");
            }
        }
    }

    @Test
    void aWordLongerThanTheLineIsSplit() {
        List<String> lines = fitter.wrapTwoLines("Supercalifragilisticexpialidocious-payments", font,
                CardPainter.LABEL_NAME_WIDTH);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("Supercal"), lines.toString());
    }

    @Test
    void aSingleWordLongerThanTheLineIsSplitWithAHyphen() {
        String word = "Supercalifragilisticexpialidocious";

        List<String> lines = fitter.wrapTwoLines(word, font, CardPainter.LABEL_NAME_WIDTH);

        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).endsWith("-"), lines.toString());
        String first = lines.get(0).substring(0, lines.get(0).length() - 1);
        assertTrue(word.startsWith(first + lines.get(1).replace("…", "")), lines.toString());
    }

    @Test
    void noNameOfTheTwoRegionSampleIsSplitInsideAWordThatFitsALineButToShowMoreOfIt() throws Exception {
        // Both the name level's 18-unit type and the presented 27-unit type, in the label font.
        for (Font type : List.of(font, CardPainter.labelFont(true))) {
            probe.setFont(type);
            for (Service s : new PlanReader().read(Path.of("assets/samples/two-region-commerce.rplan.json"))
                    .plan().services()) {
                List<String> lines = fitter.wrapTwoLines(s.name(), type, CardPainter.LABEL_NAME_WIDTH);
                boolean aWordIsTooWide = List.of(s.name().split(" +")).stream()
                        .anyMatch(word -> width(word) > CardPainter.LABEL_NAME_WIDTH);
                if (!aWordIsTooWide && NameBreak.splitsAWord(s.name(), lines)) {
                    // Only to show the whole name, or enough of it to tell it from its neighbours.
                    String shown = lines.get(0).substring(0, lines.get(0).length() - 1) + lines.get(1).replace("…", "");
                    boolean whole = shown.replace(" ", "").equals(s.name().replace(" ", ""));
                    assertTrue(whole || shown.length() >= NameBreak.LEAST_SHOWN, s.name() + " in " + type + " as " + lines);
                }
            }
        }
    }

    private double width(String text) {
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }
}
