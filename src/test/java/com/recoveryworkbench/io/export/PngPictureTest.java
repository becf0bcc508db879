package com.recoveryworkbench.io.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.model.Plan;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
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

        assertEquals(848, one.getWidth());
        assertEquals(602, one.getHeight());
        assertEquals(2 * 848, two.getWidth());
        assertEquals(2 * 602, two.getHeight());
    }

    @Test
    void theBandOfAMissedServiceHasTheMissColourAndAMetOneTheMeetsColour() throws Exception {
        // checkout (missed) has its top-left corner at (624, 72), cache (meets) at (624, 222); the band is 8 wide.
        BufferedImage one = read(ExportFormat.PNG.render(plan, analysis, ExportPlans.DATE, Set.of()).bytes());
        BufferedImage two = read(ExportFormat.PNG_2X.render(plan, analysis, ExportPlans.DATE, Set.of()).bytes());

        assertEquals(0xd55e00, one.getRGB(628, 117) & 0xffffff);
        assertEquals(0x009e73, one.getRGB(628, 267) & 0xffffff);
        assertEquals(0xd55e00, two.getRGB(2 * 628, 2 * 117) & 0xffffff);
        assertEquals(0xffffff, one.getRGB(700, 40) & 0xffffff, "the background beside the title");
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

    private static BufferedImage read(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
