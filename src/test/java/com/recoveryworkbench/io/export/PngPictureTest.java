package com.recoveryworkbench.io.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.model.Plan;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngPictureTest {
    private final Plan plan = ExportPlans.retailOnTheMap();
    private final Analysis analysis = ExportPlans.analyze(plan);

    @Test
    void atOneTimesThePngHasThePicturesSizeAndAtTwoTimesExactlyTwiceIt() throws Exception {
        BufferedImage one = read(ExportFormat.PNG.render(plan, analysis, ExportPlans.DATE, Set.of()).bytes());
        BufferedImage two = read(ExportFormat.PNG_2X.render(plan, analysis, ExportPlans.DATE, Set.of()).bytes());

        assertEquals(860, one.getWidth());
        assertEquals(658, one.getHeight());
        assertEquals(2 * 860, two.getWidth());
        assertEquals(2 * 658, two.getHeight());
    }

    @Test
    void theBandOfAMissedServiceHasTheMissColourAndAMetOneTheMeetsColour() throws Exception {
        // checkout (missed) has its top-left corner at (636, 128), cache (meets) at (636, 278); the band is 8 wide.
        BufferedImage one = read(ExportFormat.PNG.render(plan, analysis, ExportPlans.DATE, Set.of()).bytes());
        BufferedImage two = read(ExportFormat.PNG_2X.render(plan, analysis, ExportPlans.DATE, Set.of()).bytes());

        assertEquals(0xd55e00, one.getRGB(640, 173) & 0xffffff);
        assertEquals(0x009e73, one.getRGB(640, 323) & 0xffffff);
        assertEquals(0xd55e00, two.getRGB(2 * 640, 2 * 173) & 0xffffff);
        assertEquals(0xffffff, one.getRGB(700, 40) & 0xffffff, "the background beside the title");
    }

    @Test
    void theRegionBoxIsAFaintBlueBehindTheCards() throws Exception {
        // eu-west's box runs from (24, 72) to (248, 230); legacy-db's card inside it starts at x = 36.
        BufferedImage one = read(ExportFormat.PNG.render(plan, analysis, ExportPlans.DATE, Set.of()).bytes());

        // #0072b2 at 7% over white: about (237, 245, 250).
        int fill = one.getRGB(30, 150);
        int red = fill >> 16 & 0xff;
        int green = fill >> 8 & 0xff;
        int blue = fill & 0xff;
        assertTrue(red < green && green < blue && blue >= 245 && red >= 230, Integer.toHexString(fill));
        assertEquals(0xffffff, one.getRGB(20, 150) & 0xffffff, "outside the box the background stays white");
    }

    @Test
    void thePngWrapsNamesByItsOwnFontSoNoWrappedLineIsCutAgain() throws Exception {
        Plan sample = new PlanReader().read(Path.of("assets/samples/two-region-commerce.rplan.json")).plan();

        MapPicture picture = MapPicture.of(sample, ExportPlans.analyze(sample), Set.of(), PngPicture::nameWidth);

        // Each line fits the width the PNG draws it in, so drawing never cuts it with a second "…": the
        // EU and US copies of a service show their region ("Cart database" / "(US)").
        for (MapPicture.Card card : picture.cards()) {
            List<String> lines = card.nameLines();
            assertTrue(PngPicture.nameWidth(lines.get(0)) <= PictureLayout.FIRST_NAME_WIDTH, lines.toString());
            if (lines.size() == 2) {
                assertTrue(PngPicture.nameWidth(lines.get(1)) <= PictureLayout.SECOND_NAME_WIDTH, lines.toString());
            }
            boolean whole = String.join(" ", lines).equals(card.name())
                    || lines.get(0).endsWith("-") && (lines.get(0).substring(0, lines.get(0).length() - 1) + lines.get(1))
                            .equals(card.name());
            assertTrue(whole || lines.get(lines.size() - 1).endsWith("…"), lines.toString());
        }
        assertEquals(List.of("Cart database", "(US)"), card(picture, "us-cart-db").nameLines());
    }

    @Test
    void theSamePlanGivesTheSameBytes() {
        Plan same = ExportPlans.retailOnTheMap();

        assertArrayEquals(ExportFormat.PNG.render(plan, analysis, ExportPlans.DATE, Set.of()).bytes(),
                ExportFormat.PNG.render(same, ExportPlans.analyze(same), LocalDate.of(2030, 1, 1), Set.of()).bytes());
    }

    @Test
    void aSelectionIsDrawnAtItsOwnSize() throws Exception {
        // auth, cache and checkout: 500 units wide, so the picture keeps the legend's 600 plus the margins.
        BufferedImage image = read(ExportFormat.PNG.render(plan, analysis, ExportPlans.DATE,
                Set.of("auth", "cache", "checkout")).bytes());

        assertEquals(648, image.getWidth());
        assertEquals(0xd55e00, image.getRGB(328, 117) & 0xffffff, "checkout now starts at x = 324");
    }

    private static MapPicture.Card card(MapPicture picture, String id) {
        return picture.cards().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static BufferedImage read(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
