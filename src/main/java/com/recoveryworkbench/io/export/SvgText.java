package com.recoveryworkbench.io.export;

/**
 * Numbers and text for the SVG picture. An SVG is drawn with whatever sans-serif font the viewer
 * has, so the width of a text is estimated from its characters, on the generous side, rather than
 * measured with a font this machine happens to have: the file is then the same everywhere. Stateless.
 */
final class SvgText {
    private static final String NARROW = "fijlrtI.,:;'!|()[] ";
    private static final String WIDE = "mwMW@%";
    private static final double BOLD = 1.08;

    private SvgText() {
    }

    /** At most two decimals, no trailing zeros, a dot whatever the locale: {@code 12}, {@code 12.5}, {@code -0.25}. */
    static String num(double value) {
        long hundredths = Math.round(value * 100);
        long abs = Math.abs(hundredths);
        String sign = hundredths < 0 ? "-" : "";
        long fraction = abs % 100;
        if (fraction == 0) {
            return sign + abs / 100;
        }
        String decimals = fraction % 10 == 0 ? Long.toString(fraction / 10) : String.format("%02d", fraction);
        return sign + abs / 100 + "." + decimals;
    }

    /** {@code text} if it fits {@code maxWidth} at {@code size}, else as much of it as fits followed by "…". */
    static String fit(String text, double size, boolean bold, double maxWidth) {
        return TextFit.fit(text, maxWidth, t -> width(t, size, bold));
    }

    static double width(String text, double size, boolean bold) {
        double ems = text.codePoints().mapToDouble(SvgText::ems).sum();
        return ems * size * (bold ? BOLD : 1);
    }

    private static double ems(int c) {
        if (NARROW.indexOf(c) >= 0) {
            return 0.32;
        }
        if (WIDE.indexOf(c) >= 0) {
            return 0.9;
        }
        if (Character.isIdeographic(c) || Character.getType(c) == Character.OTHER_SYMBOL) {
            return 1.0;
        }
        return Character.isUpperCase(c) ? 0.7 : 0.58;
    }
}
