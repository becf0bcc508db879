package com.recoveryworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.model.Service;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Names at the name-only level: on two lines in the card, never cut to fewer than 24 characters. */
@ExtendWith(ApplicationExtension.class)
class CardNamesTest {
    private final TextFitter fitter = new TextFitter();
    private final Font font = CardPainter.labelFont(false);

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
    void everyNameOfTheTwoRegionSampleKeepsAtLeast24Characters() throws Exception {
        List<Service> services = new PlanReader().read(Path.of("assets/samples/two-region-commerce.rplan.json"))
                .plan().services();
        for (Service s : services) {
            List<String> lines = fitter.wrapTwoLines(s.name(), font, CardPainter.LABEL_NAME_WIDTH);
            assertTrue(lines.size() <= 2, s.name());
            // Lines break at a space or inside a word (with a hyphen when the rest is cut anyway).
            String first = lines.get(0).endsWith("-") && !s.name().contains(lines.get(0))
                    ? lines.get(0).substring(0, lines.get(0).length() - 1) : lines.get(0);
            String second = lines.size() < 2 ? "" : lines.get(1);
            boolean cut = second.endsWith("…");
            String rest = cut ? second.substring(0, second.length() - 1) : second;
            int shownChars = first.length() + rest.length();
            assertTrue(s.name().replace(" ", "").startsWith((first + rest).replace(" ", "")), s.name() + " as " + lines);
            if (cut) {
                assertTrue(shownChars >= 24, s.name() + " is cut to " + lines + ", " + shownChars + " characters");
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
}
