package com.recoveryworkbench.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TextFitTest {

    /** Each character one unit wide, "…" too. */
    private static double units(String text) {
        return text.codePointCount(0, text.length());
    }

    @Test
    void aTextThatFitsIsKept() {
        assertEquals("Checkout", TextFit.fit("Checkout", 8, TextFitTest::units));
    }

    @Test
    void theLongestPrefixThatFitsWithTheEllipsisIsKept() {
        assertEquals("Check…", TextFit.fit("Checkout", 6, TextFitTest::units));
        assertEquals("a…", TextFit.fit("a  b c", 3, TextFitTest::units), "trailing blanks are dropped");
        assertEquals("…", TextFit.fit("Checkout", 0.5, TextFitTest::units));
    }

    @Test
    void surrogatePairsAreNeverSplit() {
        assertEquals("\uD83D\uDE00…", TextFit.fit("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", 2, TextFitTest::units));
    }

    @Test
    void aFiveMegabyteNameIsMeasuredADozenTimesAtMost() {
        String name = "W".repeat(5_000_000);
        AtomicInteger measured = new AtomicInteger();

        String fitted = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> TextFit.fit(name, 30, text -> {
                    measured.incrementAndGet();
                    return units(text);
                }));

        assertEquals("W".repeat(29) + "…", fitted);
        assertTrue(measured.get() <= 12, measured + " measurements");
    }

    @Test
    void aTextThatFitsTheFirstLineStaysOnOne() {
        assertEquals(List.of("Checkout"), TextFit.twoLines(" Checkout ", 8, 20, TextFitTest::units));
    }

    @Test
    void aLongerTextBreaksAtTheLastBlankBeforeItOverflowsAndOnlyTheSecondLineIsCut() {
        // "Cart database" is 13 units: with 14 on the first line the blank after it is where the line ends.
        assertEquals(List.of("Cart database", "(US east)"),
                TextFit.twoLines("Cart database (US east)", 14, 20, TextFitTest::units));
        assertEquals(List.of("Reporting", "warehouse (EU)"),
                TextFit.twoLines("Reporting warehouse (EU)", 12, 20, TextFitTest::units));
        assertEquals(List.of("Reporting", "wareh…"), TextFit.twoLines("Reporting warehouse (EU)", 12, 6, TextFitTest::units));
    }

    @Test
    void aFirstWordLongerThanTheLineIsSplitWithAHyphenWhereItOverflows() {
        assertEquals(List.of("Super-", "califrag…"), TextFit.twoLines("Supercalifragilistic", 6, 9, TextFitTest::units));
        assertEquals(List.of("W-", "…"), TextFit.twoLines("WWW", 0.5, 0.5, TextFitTest::units),
                "a line too narrow for anything still shows a character and the ellipsis");
    }

    @Test
    void aFiveMegabyteNameWrapsWithAFewDozenMeasurements() {
        String name = "Wide name ".repeat(500_000);
        AtomicInteger measured = new AtomicInteger();

        List<String> lines = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> TextFit.twoLines(name, 12, 20, text -> {
                    measured.incrementAndGet();
                    return units(text);
                }));

        assertEquals(List.of("Wide name", "Wide name Wide name…"), lines);
        assertTrue(measured.get() <= 30, measured + " measurements");
    }

    @Test
    void awtAndSvgTextCutLongNamesInTime() {
        String name = "Wide name ".repeat(500_000);

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertTrue(SvgText.fit(name, 14, true, 150).endsWith("…"));
            assertTrue(AwtText.fit(name, AwtText.NAME, 150).endsWith("…"));
        });
    }
}
