package com.recoveryworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PixelCanvasTest {
    private static final int WHITE = 0xffffff;
    private static final int BLACK = 0x000000;
    private final PixelCanvas canvas = new PixelCanvas();

    private PixelCanvas blank(int width, int height) {
        canvas.reset(new int[width * height], width, height, WHITE);
        return canvas;
    }

    @Test
    void resetFillsWithTheBackgroundOpaque() {
        blank(3, 2);
        assertEquals(0xffffffff, canvas.get(2, 1));
    }

    @Test
    void anArrayTooSmallIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> canvas.reset(new int[5], 3, 2, WHITE));
    }

    @Test
    void anOpaqueRectangleCoversExactlyItsPixelsAndIsClipped() {
        blank(6, 4).fillRect(4, 1, 10, 2, 0x123456, 1);

        assertEquals(0xff123456, canvas.get(4, 1));
        assertEquals(0xff123456, canvas.get(5, 2));
        assertEquals(0xffffffff, canvas.get(3, 1));
        assertEquals(0xffffffff, canvas.get(4, 3));
    }

    @Test
    void aHalfTransparentBlackOnWhiteGivesMidGrey() {
        // 255 * 128 / 256 = 127 (0x7f) on each channel.
        blank(2, 2).fillRect(0, 0, 1, 1, BLACK, 0.5);
        assertEquals(0xff7f7f7f, canvas.get(0, 0));
    }

    @Test
    void aSmoothHorizontalLineThroughPixelCentresIsSolid() {
        // y = 2.0 lies on row 2 exactly, so all the weight goes to that row.
        blank(10, 5).line(1, 2, 8, 2, BLACK, 1, 1, 0, 0, true);

        for (int x = 1; x <= 8; x++) {
            assertEquals(0xff000000, canvas.get(x, 2), "pixel " + x);
            assertEquals(0xffffffff, canvas.get(x, 1));
            assertEquals(0xffffffff, canvas.get(x, 3));
        }
        assertEquals(0xffffffff, canvas.get(0, 2));
        assertEquals(0xffffffff, canvas.get(9, 2));
    }

    @Test
    void aSmoothLineBetweenRowsSharesItsWeight() {
        // y = 1.5: half on row 1, half on row 2, so both turn mid grey.
        blank(6, 4).line(0, 1.5, 5, 1.5, BLACK, 1, 1, 0, 0, true);

        assertEquals(0xff7f7f7f, canvas.get(3, 1));
        assertEquals(0xff7f7f7f, canvas.get(3, 2));
    }

    @Test
    void aFastDiagonalLineTakesOnePixelPerStep() {
        blank(5, 5).line(0, 0, 4, 4, BLACK, 1, 1, 0, 0, false);

        for (int i = 0; i < 5; i++) {
            assertEquals(0xff000000, canvas.get(i, i));
        }
        assertEquals(0xffffffff, canvas.get(1, 0));
        assertEquals(0xffffffff, canvas.get(0, 1));
    }

    @Test
    void aDashedLineLeavesGapsMeasuredFromItsStart() {
        // 3 on, 2 off from x = 0: pixels 0-2 drawn, 3-4 gap, 5-7 drawn, 8-9 gap.
        blank(10, 3).line(0, 1, 9, 1, BLACK, 1, 1, 3, 2, false);

        int[] expected = {1, 1, 1, 0, 0, 1, 1, 1, 0, 0};
        for (int x = 0; x < 10; x++) {
            assertEquals(expected[x] == 1 ? 0xff000000 : 0xffffffff, canvas.get(x, 1), "pixel " + x);
        }
    }

    @Test
    void aThreePixelLineIsThreeSolidRows() {
        // Three traces one pixel apart, on rows 1, 2 and 3 exactly.
        blank(10, 5).line(1, 2, 8, 2, BLACK, 1, 3, 0, 0, true);

        for (int y = 1; y <= 3; y++) {
            assertEquals(0xff000000, canvas.get(4, y), "row " + y);
        }
        assertEquals(0xffffffff, canvas.get(4, 0));
        assertEquals(0xffffffff, canvas.get(4, 4));
    }

    @Test
    void aLineFarOutsideTheArrayDrawsNothingAndDoesNotFail() {
        blank(4, 4).line(-1000, -50, 1000, -40, BLACK, 1, 3, 0, 0, true);
        for (int x = 0; x < 4; x++) {
            for (int y = 0; y < 4; y++) {
                assertEquals(0xffffffff, canvas.get(x, y));
            }
        }
    }

    @Test
    void aTriangleFillsThePixelsWhoseCentresItCovers() {
        // Right triangle (0,0) (4,0) (0,4): centre (x+.5, y+.5) is inside when x + y + 1 <= 4.
        blank(5, 5).triangle(0, 0, 4, 0, 0, 4, BLACK, 1);

        assertEquals(0xff000000, canvas.get(0, 0));
        assertEquals(0xff000000, canvas.get(2, 1));
        assertEquals(0xffffffff, canvas.get(2, 2));
        assertEquals(0xffffffff, canvas.get(4, 4));
    }
}
