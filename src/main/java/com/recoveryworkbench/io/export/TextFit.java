package com.recoveryworkbench.io.export;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Cuts a text with "…" so that it fits a width, or wraps it onto two lines first, for the SVG and PNG pictures alike, in time that does
 * not depend on how long the text is: a text longer than {@value #MAX_SHOWN} characters is cut there
 * before anything is measured (no card or title shows that many), and the longest prefix that fits is
 * then found by halving, a dozen measurements instead of one per character. Stateless.
 */
final class TextFit {
    static final String ELLIPSIS = "…";
    static final String HYPHEN = "-";
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
        int fits = longestPrefix(shown, Math.min(codePoints, MAX_SHOWN + 1), maxWidth, t -> width.applyAsDouble(cut(t)));
        return fits == 0 ? ELLIPSIS : cut(prefix(shown, fits));
    }

    /**
     * {@code text} (stripped) on one line if it fits {@code firstWidth}, else on two: the first breaks at
     * the last blank before the text overflows {@code firstWidth} (inside its first word, with a hyphen,
     * only when that word is too long for the line), the second holds the rest and is {@link #fit cut} to {@code secondWidth}.
     * As {@link #fit}, a hostile text costs a few dozen measurements whatever its length.
     */
    static List<String> twoLines(String text, double firstWidth, double secondWidth, ToDoubleFunction<String> width) {
        String whole = text.strip();
        String shown = head(whole);
        if (whole.isEmpty() || shown.length() == whole.length() && width.applyAsDouble(whole) <= firstWidth) {
            return List.of(whole);
        }
        int codePoints = shown.codePointCount(0, shown.length());
        int fits = Math.max(1, longestPrefix(shown, codePoints + 1, firstWidth, width));
        int end = shown.offsetByCodePoints(0, fits);
        // A blank right after what fits counts: the first line then ends with a whole word.
        int blank = shown.lastIndexOf(' ', end);
        if (blank > 0) {
            return List.of(whole.substring(0, blank).stripTrailing(), fit(whole.substring(blank).strip(), secondWidth, width));
        }
        // The first word is too long for the line: split it with a hyphen, as the canvas does.
        int split = shown.offsetByCodePoints(0,
                Math.max(1, longestPrefix(shown, fits + 1, firstWidth, t -> width.applyAsDouble(t + HYPHEN))));
        return List.of(shown.substring(0, split) + HYPHEN, fit(whole.substring(split).strip(), secondWidth, width));
    }

    /**
     * How many code points of {@code text} (at most {@code overflows - 1}) make the longest prefix that
     * {@code width} measures within {@code maxWidth}, found by halving; 0 when none does.
     */
    private static int longestPrefix(String text, int overflows, double maxWidth, ToDoubleFunction<String> width) {
        int fits = 0;
        // Invariant: a prefix of `fits` code points fits (0 always does), one of `overflows` does not.
        while (overflows - fits > 1) {
            int middle = (fits + overflows) >>> 1;
            if (width.applyAsDouble(prefix(text, middle)) <= maxWidth) {
                fits = middle;
            } else {
                overflows = middle;
            }
        }
        return fits;
    }

    /**
     * What is worth measuring of {@code text}: at most its first {@value #MAX_SHOWN} code points, which
     * overflow any line already, so deciding a size never measures a megabyte.
     */
    static String head(String text) {
        return text.length() <= MAX_SHOWN || text.codePointCount(0, text.length()) <= MAX_SHOWN ? text
                : text.substring(0, text.offsetByCodePoints(0, MAX_SHOWN));
    }

    private static String prefix(String text, int codePoints) {
        return text.substring(0, text.offsetByCodePoints(0, codePoints));
    }

    private static String cut(String prefix) {
        return prefix.stripTrailing() + ELLIPSIS;
    }
}
