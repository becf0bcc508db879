package com.recoveryworkbench.ui.canvas;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Where a name breaks onto two lines, given how wide a text is: at a space whenever both lines then fit
 * ("Search / cluster (EU)", never "Search cl- / uster (EU)"); inside a word, with a hyphen, when a word
 * is wider than a line by itself ("Recommendati- / ons (EU)" in type where "Recommendations" does not fit)
 * or when only a split shows the whole name or {@link #LEAST_SHOWN} characters of it; and cut with "…" only
 * when the whole does not fit so. Pure functions of the measure, so the rules
 * can be checked with a hand-computable one.
 */
final class NameBreak {
    static final String ELLIPSIS = "…";
    static final String HYPHEN = "-";
    /** The fewest letters of a split word kept before the hyphen when a later word is split. */
    static final int LEAST_PIECE = 3;
    /**
     * The characters of a cut name two lines keep at least, when splitting a word can keep them: fewer, and
     * "Customer identity (EU)" and "Customer identity (US)" read the same (issue 16: never cut below ~24).
     */
    static final int LEAST_SHOWN = 24;

    private NameBreak() {
    }

    /**
     * {@code text} (stripped) on one line if it fits in {@code width}, else on two as described above;
     * {@code measure} gives a text's width.
     */
    static List<String> twoLines(String text, double width, ToDoubleFunction<String> measure) {
        if (measure.applyAsDouble(text) <= width) {
            return List.of(text);
        }
        int end = longestFittingPrefix(text, width, measure);
        // Break at the last space within what fits (the one right after it counts): an earlier space
        // would only make the second line longer.
        int space = text.lastIndexOf(' ', end);
        if (space <= 0) {
            // The first word alone is wider than the line: split it with a hyphen, so "Recommendati- / ons"
            // does not read as two words.
            int brim = Math.max(1, longestFittingPrefix(text, width - measure.applyAsDouble(HYPHEN), measure));
            return lines(text, brim, text.charAt(brim - 1) == '-' ? "" : HYPHEN, width, measure);
        }
        List<String> byWords = lines(text, space, "", width, measure);
        if (!byWords.get(1).endsWith(ELLIPSIS)) {
            return byWords;
        }
        // Whole words do not fit: filling the first line to the brim, with a hyphen where it splits a word,
        // may show more of the name.
        int brim = Math.max(1, longestFittingPrefix(text, width - measure.applyAsDouble(HYPHEN), measure));
        boolean splitsWord = text.charAt(brim) != ' ' && text.charAt(brim - 1) != ' ';
        List<String> filled = lines(text, brim, splitsWord ? HYPHEN : "", width, measure);
        // The whole name, even split inside a word ("Warehouse manage- / ment link (EU)"), tells more than a
        // cut one ("Warehouse / management…"); so does a split that keeps the LEAST_SHOWN characters a
        // person needs to tell names apart where whole words would keep fewer.
        if (!filled.get(1).endsWith(ELLIPSIS)
                || shown(byWords) < LEAST_SHOWN && shown(filled) >= LEAST_SHOWN) {
            return filled;
        }
        if (!hasWordWiderThan(text, width, measure) || splitsWord && !splitsAWideWord(text, brim, width, measure)) {
            return byWords;
        }
        // A later word is wider than a line, so the rest is cut at a space anyway.
        return shown(filled) > shown(byWords) ? filled : byWords;
    }

    /** {@code text} itself if it fits in {@code width}, else its longest prefix that fits with "…" after it. */
    static String shorten(String text, double width, ToDoubleFunction<String> measure) {
        if (measure.applyAsDouble(text) <= width) {
            return text;
        }
        // Binary search for the longest prefix that still fits with the ellipsis.
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (measure.applyAsDouble(text.substring(0, mid).stripTrailing() + ELLIPSIS) <= width) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return text.substring(0, keepPairs(text, low)).stripTrailing() + ELLIPSIS;
    }

    /**
     * Whether {@code lines} break {@code text} inside a word: the first ends in a hyphen the text has not
     * there (a break after the text's own hyphen, "sign- / in", splits nothing).
     */
    static boolean splitsAWord(String text, List<String> lines) {
        return lines.size() == 2 && lines.get(0).endsWith(HYPHEN) && !text.strip().startsWith(lines.get(0));
    }

    /**
     * Whether cutting {@code text} at {@code at} splits a word wider than a line, leaving at least
     * {@link #LEAST_PIECE} letters of it on the first line ("Loyalty p- / rogramme" reads worse than a cut).
     */
    private static boolean splitsAWideWord(String text, int at, double width, ToDoubleFunction<String> measure) {
        int start = text.lastIndexOf(' ', at - 1) + 1;
        int end = text.indexOf(' ', at);
        String word = text.substring(start, end < 0 ? text.length() : end);
        return at - start >= LEAST_PIECE && measure.applyAsDouble(word) > width;
    }

    private static boolean hasWordWiderThan(String text, double width, ToDoubleFunction<String> measure) {
        for (String word : text.split(" +")) {
            if (measure.applyAsDouble(word) > width) {
                return true;
            }
        }
        return false;
    }

    private static List<String> lines(String text, int cut, String hyphen, double width,
                                      ToDoubleFunction<String> measure) {
        return List.of(text.substring(0, cut).stripTrailing() + hyphen,
                shorten(text.substring(cut).strip(), width, measure));
    }

    /** How many characters of the text two lines show, hyphen and ellipsis aside. */
    private static int shown(List<String> lines) {
        int count = 0;
        for (String line : lines) {
            count += line.length() - (line.endsWith(ELLIPSIS) || line.endsWith(HYPHEN) ? 1 : 0);
        }
        return count;
    }

    /** The length of the longest prefix of {@code text} that fits in {@code width}, surrogate pairs kept whole. */
    private static int longestFittingPrefix(String text, double width, ToDoubleFunction<String> measure) {
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (measure.applyAsDouble(text.substring(0, mid)) <= width) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return keepPairs(text, low);
    }

    /** {@code end}, or one less where it would split a surrogate pair. */
    private static int keepPairs(String text, int end) {
        return end > 0 && Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    }
}
