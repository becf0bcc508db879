package com.recoveryworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void overGivesTheColourATranslucentFillLeavesOnThatColour() {
        blank(2, 2).fillRect(0, 0, 1, 1, 0x204060, 0.25);
        // 0.25 is weight 64 of 256: 0x20 * 64 + 0xff * 192 = 50,992, / 256 = 199 (0xc7); 0x40: 207 (0xcf); 0x60: 215 (0xd7).
        assertEquals(0xffc7cfd7, canvas.get(0, 0));
        assertEquals(0xc7cfd7, PixelCanvas.over(WHITE, 0x204060, 0.25));
    }

    @Test
    void rectanglesSharePixelsWhenTheirRoundedOutlinesOverlap() {
        // 0.5 to 2.5 fills pixels 0-2; 2.5 to 4 fills 2-3: both fill pixel 2.
        assertTrue(PixelCanvas.sharePixels(new double[] {0.5, 0, 2.5, 1}, new double[] {2.5, 0, 4, 1}));
        // 0 to 2 fills pixels 0-1; 2 to 4 fills 2-3.
        assertFalse(PixelCanvas.sharePixels(new double[] {0, 0, 2, 1}, new double[] {2, 0, 4, 1}));
        // Side by side in x but in different rows.
        assertFalse(PixelCanvas.sharePixels(new double[] {0, 0, 3, 1}, new double[] {1, 1, 4, 2}));
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
    void aDashedLineDrawnBackwardsHasItsPatternFromItsStartWhereverItIsClipped() {
        // 3 on, 2 off from x = 9 leftwards: 9-7 drawn, 6-5 gap, 4-2 drawn, 1-0 gap; clipped to x 3-7 too.
        int[] expected = {0, 0, 1, 1, 1, 0, 0, 1, 1, 1};
        blank(10, 3).line(9, 1, 0, 1, BLACK, 1, 1, 3, 2, false);
        for (int x = 0; x < 10; x++) {
            assertEquals(expected[x] == 1 ? 0xff000000 : 0xffffffff, canvas.get(x, 1), "pixel " + x);
        }
        blank(10, 3).clip(3, 0, 8, 3);
        canvas.line(9, 1, 0, 1, BLACK, 1, 1, 3, 2, false);
        for (int x = 3; x < 8; x++) {
            assertEquals(expected[x] == 1 ? 0xff000000 : 0xffffffff, canvas.get(x, 1), "clipped, pixel " + x);
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

    @Test
    void aClippedLineDrawsOnlyInsideTheClipAndThereAsTheWholeLineDoes() {
        int[] whole = new int[20 * 10];
        canvas.reset(whole, 20, 10, WHITE);
        canvas.line(1.3, 0.7, 18.6, 8.2, BLACK, 0.8, 1, 4, 3, true);
        int[] clipped = new int[20 * 10];
        canvas.reset(clipped, 20, 10, WHITE);
        canvas.clip(6, 2, 11, 10);
        canvas.line(1.3, 0.7, 18.6, 8.2, BLACK, 0.8, 1, 4, 3, true);

        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 20; x++) {
                boolean inside = x >= 6 && x < 11 && y >= 2;
                assertEquals(inside ? whole[y * 20 + x] : 0xffffffff, clipped[y * 20 + x], "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void rectanglesAndTrianglesStayInsideTheClip() {
        blank(6, 6).clip(2, 2, 4, 4);
        canvas.fillRect(0, 0, 6, 6, BLACK, 1);
        canvas.fillRect(0, 0, 1, 6, BLACK, 1);

        assertEquals(0xff000000, canvas.get(2, 2));
        assertEquals(0xff000000, canvas.get(3, 3));
        assertEquals(0xffffffff, canvas.get(1, 2));
        assertEquals(0xffffffff, canvas.get(0, 0));
        assertEquals(0xffffffff, canvas.get(4, 3));

        blank(6, 6).clip(0, 0, 2, 6);
        canvas.triangle(0, 0, 6, 0, 0, 6, BLACK, 1);
        assertEquals(0xff000000, canvas.get(1, 1));
        assertEquals(0xffffffff, canvas.get(2, 1));
    }

    @Test
    void aOnePixelWideRectangleIsAColumn() {
        blank(4, 5).fillRect(2, 1, 1, 3, BLACK, 1);

        for (int y = 0; y < 5; y++) {
            assertEquals(y >= 1 && y <= 3 ? 0xff000000 : 0xffffffff, canvas.get(2, y), "row " + y);
            assertEquals(0xffffffff, canvas.get(1, y));
            assertEquals(0xffffffff, canvas.get(3, y));
        }
    }

    @Test
    void copyShiftedMovesThePixelsAndLeavesTheUncoveredStripAsItWas() {
        // Source, 3 x 2:  1 2 3 / 4 5 6. Moved one right and one up, into a target full of 9s.
        int[] source = {1, 2, 3, 4, 5, 6};
        int[] target = {9, 9, 9, 9, 9, 9};
        canvas.copyShifted(source, target, 3, 2, 1, -1);

        // Row 0 gets row 1 moved right (4 5 at x 1-2); x 0 and the bottom row are uncovered.
        assertArrayEquals(new int[] {9, 4, 5, 9, 9, 9}, target);
        // Drawing starts unclipped on the target.
        canvas.fillRect(0, 1, 1, 1, BLACK, 1);
        assertEquals(0xff000000, canvas.get(0, 1));
    }

    @Test
    void copyShiftedByMoreThanTheWidthCopiesNothing() {
        int[] target = {9, 9};
        canvas.copyShifted(new int[] {1, 2}, target, 2, 1, -2, 0);
        assertArrayEquals(new int[] {9, 9}, target);
    }
}
