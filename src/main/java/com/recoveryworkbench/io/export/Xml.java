package com.recoveryworkbench.io.export;

/** Escaping for the XML-based exports (XHTML, GraphML). Stateless. */
final class Xml {
    private Xml() {
    }

    /** Stands in for a character XML 1.0 cannot hold at all, so the reader sees that something was there. */
    static final char REPLACEMENT = '\uFFFD';

    /**
     * Text safe inside an element or a quoted attribute, for any Java string. Characters XML 1.0 cannot
     * hold even as a reference (control characters other than tab and line breaks, U+FFFE, U+FFFF, a
     * half of a surrogate pair on its own) become U+FFFD: a name pasted from a terminal must not make the
     * whole file unreadable. Tab and line breaks are written as references, so a parser gives them back
     * as they were (a bare carriage return would come back as a line feed, and attributes turn all three
     * into spaces).
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else {
                        out.append(allowed(c) ? c : REPLACEMENT);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Whether XML 1.0 allows {@code c} on its own (a surrogate only comes in a pair, handled above). */
    private static boolean allowed(char c) {
        return c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }
}
