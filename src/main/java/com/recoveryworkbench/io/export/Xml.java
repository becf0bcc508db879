package com.recoveryworkbench.io.export;

/** Escaping for the XML-based exports (XHTML, GraphML). Stateless. */
final class Xml {
    private Xml() {
    }

    /**
     * Text safe inside an element or a quoted attribute. Control characters XML 1.0 cannot hold are
     * dropped: a name pasted from a terminal must not make the whole file unreadable.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
