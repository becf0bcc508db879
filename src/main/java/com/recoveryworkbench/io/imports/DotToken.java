package com.recoveryworkbench.io.imports;

/**
 * One token of a DOT file and where it starts (1-based line and column). For {@link Type#ID} the
 * text is the identifier with a quoted string's quotes removed and {@code \"} unescaped; other
 * backslash sequences are kept for the label rules. Immutable.
 */
record DotToken(Type type, String text, boolean quoted, boolean html, int line, int column) {

    enum Type { ID, LBRACE, RBRACE, LBRACKET, RBRACKET, EQUALS, SEMICOLON, COMMA, COLON, PLUS, ARROW, LINE, END }

    boolean is(Type wanted) {
        return type == wanted;
    }

    /** Whether this is the unquoted keyword {@code word}; DOT keywords ignore case. */
    boolean isKeyword(String word) {
        return type == Type.ID && !quoted && !html && text.equalsIgnoreCase(word);
    }

    /** How a message names it: {@code 'label'}, {@code '{'}, or the end of the file. */
    String describe() {
        return switch (type) {
            case END -> "the end of the file";
            case ID -> (quoted ? "\"" + text + "\"" : "'" + text + "'");
            default -> "'" + text + "'";
        };
    }
}
