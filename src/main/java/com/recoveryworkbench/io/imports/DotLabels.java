package com.recoveryworkbench.io.imports;

/**
 * How a DOT label becomes a service name: its first line, trimmed. Our own export labels a node
 * "name, line break, wave and up time", so the first line is the name there and in most drawings.
 * In a quoted label {@code \n}, {@code \l} and {@code \r} break lines, {@code \\} is a backslash and
 * {@code \N} the node's id, as Graphviz reads them; an HTML label loses its tags, {@code <br/>}
 * breaking lines. Stateless.
 */
final class DotLabels {
    private DotLabels() {
    }

    /** The name, or {@code null} when the label's first line is blank. */
    static String name(String label, String nodeId, boolean html) {
        return firstLine(html ? fromHtml(label) : fromEscaped(label, nodeId));
    }

    /** The first line of {@code text}, trimmed; {@code null} when that is blank. Any graph label names so. */
    static String firstLine(String text) {
        String first = text.lines().findFirst().orElse("").strip();
        return first.isEmpty() ? null : first;
    }

    private static String fromEscaped(String label, String nodeId) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c != '\\' || i + 1 == label.length()) {
                out.append(c);
                continue;
            }
            char escaped = label.charAt(++i);
            switch (escaped) {
                case 'n', 'l', 'r' -> out.append('\n');
                case 'N' -> out.append(nodeId);
                default -> out.append(escaped);
            }
        }
        return out.toString();
    }

    private static String fromHtml(String label) {
        return label.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("<[^>]*>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
