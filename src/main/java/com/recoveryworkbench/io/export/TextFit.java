package com.recoveryworkbench.io.export;

import java.util.function.ToDoubleFunction;

/**
 * Cuts a text with "…" so that it fits a width, for the SVG and PNG pictures alike, in time that does
 * not depend on how long the text is: a text longer than {@value #MAX_SHOWN} characters is cut there
 * before anything is measured (no card or title shows that many), and the longest prefix that fits is
 * then found by halving, a dozen measurements instead of one per character. Stateless.
 */
final class TextFit {
    static final String ELLIPSIS = "…";
    /** More characters than any picture shows on one line, even at the smallest size. */
    static final int MAX_SHOWN = 1_000;

    private TextFit() {
    }

    /**
     * {@code text} if it fits {@code maxWidth} as {@code width} measures it, else its longest prefix (whole
     * code points, trailing blanks dropped) that fits with "…" after it, or just "…".
     */
    static String fit(String text, double maxWidth, ToDoubleFunction<String> width) {
        int codePoints = text.codePointCount(0, text.length());
        boolean tooLong = codePoints > MAX_SHOWN;
        if (!tooLong && width.applyAsDouble(text) <= maxWidth) {
            return text;
        }
        String shown = tooLong ? text.substring(0, text.offsetByCodePoints(0, MAX_SHOWN)) : text;
        int fits = 0;
        int overflows = tooLong ? MAX_SHOWN + 1 : codePoints;
        // Invariant: a prefix of `fits` code points fits (0 always does, as "…" alone), one of `overflows` does not.
        while (overflows - fits > 1) {
            int middle = (fits + overflows) >>> 1;
            if (width.applyAsDouble(cut(shown, middle)) <= maxWidth) {
                fits = middle;
            } else {
                overflows = middle;
            }
        }
        return fits == 0 ? ELLIPSIS : cut(shown, fits);
    }

    /**
     * What is worth measuring of {@code text}: at most its first {@value #MAX_SHOWN} code points, which
     * overflow any line already, so deciding a size never measures a megabyte.
     */
    static String head(String text) {
        return text.length() <= MAX_SHOWN || text.codePointCount(0, text.length()) <= MAX_SHOWN ? text
                : text.substring(0, text.offsetByCodePoints(0, MAX_SHOWN));
    }

    private static String cut(String text, int codePoints) {
        return text.substring(0, text.offsetByCodePoints(0, codePoints)).stripTrailing() + ELLIPSIS;
    }
}
