package com.recoveryworkbench.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PixelSizeTest {
    @Test
    void aPictureWithinTheCapIsDrawnAtTheAskedScale() {
        PixelSize two = PixelSize.of(848, 602, 2);

        assertEquals(new PixelSize(1696, 1204, 2, 2), two);
        assertFalse(two.isCapped());
        assertTrue(two.warning().isEmpty());
    }

    @Test
    void aLongSideIsCappedAtSixteenThousandPixels() {
        // 20,000 × 500 at 1×: the side cap gives 16384 / 20000 = 0.8192, so 16384 × 409.
        PixelSize size = PixelSize.of(20_000, 500, 1);

        assertEquals(16_384, size.width());
        assertEquals(409, size.height());
        assertEquals(0.8192, size.scale(), 1e-12);
    }

    @Test
    void aLargeAreaIsCappedAtThirtyTwoMegapixels() {
        // 10,000 × 8,000 at 2× would be 320 megapixels: scale √(32 / 80) ≈ 0.632 gives 6324 × 5059.
        PixelSize size = PixelSize.of(10_000, 8_000, 2);

        assertEquals(6324, size.width());
        assertEquals(5059, size.height());
        assertTrue((long) size.width() * size.height() <= PixelSize.MAX_PIXELS);
        assertEquals("The map is too large for a PNG at 2×: it was drawn at 63% (6324 × 5059 px) to stay within "
                + "16384 px per side and 32 megapixels. Export as svg for a sharp picture of a map this large.",
                size.warning().orElseThrow());
    }

    @Test
    void aFiveThousandServiceMapStaysWithinTheCapAndSaysSo() {
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            services.add(Service.builder("s" + i, ServiceKind.APPLICATION).restoreTime(Duration.ofMinutes(5))
                    .position(new Position(i % 100 * 260.0, i / 100 * 150.0)).build());
        }
        Plan plan = Plan.empty("Big").withServices(services);
        MapPicture picture = MapPicture.of(plan, ExportPlans.analyze(plan), Set.of());

        PixelSize size = PixelSize.of(picture.width(), picture.height(), 2);

        assertEquals(5000, picture.cards().size());
        assertTrue(size.width() <= PixelSize.MAX_SIDE && size.height() <= PixelSize.MAX_SIDE, size.toString());
        assertTrue((long) size.width() * size.height() <= PixelSize.MAX_PIXELS, size.toString());
        assertTrue(size.warning().orElseThrow().contains("Export as svg"));
    }
}
