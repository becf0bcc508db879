package com.recoveryworkbench.io.imports;

import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.imports.DotToken.Type;

/**
 * Splits DOT text into tokens, one at a time: identifiers (plain, numerals, quoted strings, HTML
 * strings), punctuation and the edge operators {@code ->} and {@code --}. Skips blanks, {@code //} and
 * {@code /* *}{@code /} comments and lines starting with {@code #}. Not thread-safe; one per file.
 */
final class DotLexer {
    private final String text;
    private final String source;
    private int index;
    private int line = 1;
    private int column = 1;
    private boolean lineStart = true;

    DotLexer(String text, String source) {
        this.text = text;
        this.source = source;
    }

    DotToken next() throws PlanFileException {
        skipBlanksAndComments();
        int startLine = line;
        int startColumn = column;
        if (index >= text.length()) {
            return new DotToken(Type.END, "", false, false, startLine, startColumn);
        }
        char c = text.charAt(index);
        Type punctuation = switch (c) {
            case '{' -> Type.LBRACE;
            case '}' -> Type.RBRACE;
            case '[' -> Type.LBRACKET;
            case ']' -> Type.RBRACKET;
            case '=' -> Type.EQUALS;
            case ';' -> Type.SEMICOLON;
            case ',' -> Type.COMMA;
            case ':' -> Type.COLON;
            case '+' -> Type.PLUS;
            default -> null;
        };
        if (punctuation != null) {
            advance();
            return new DotToken(punctuation, String.valueOf(c), false, false, startLine, startColumn);
        }
        if (c == '-' && (peek(1) == '>' || peek(1) == '-')) {
            boolean arrow = peek(1) == '>';
            advance();
            advance();
            return new DotToken(arrow ? Type.ARROW : Type.LINE, arrow ? "->" : "--", false, false, startLine,
                    startColumn);
        }
        if (c == '"') {
            return new DotToken(Type.ID, quoted(startLine, startColumn), true, false, startLine, startColumn);
        }
        if (c == '<') {
            return new DotToken(Type.ID, html(startLine, startColumn), false, true, startLine, startColumn);
        }
        if (isIdStart(c) || isNumeralStart(c)) {
            int start = index;
            boolean numeral = !isIdStart(c);
            advance();
            while (index < text.length() && (numeral ? isNumeralPart(text.charAt(index)) : isIdPart(text.charAt(index)))) {
                advance();
            }
            return new DotToken(Type.ID, text.substring(start, index), false, false, startLine, startColumn);
        }
        throw PlanFileException.cannotImport(source, startLine, startColumn, "unexpected character '" + c
                + "': expected a name, a quoted string, a brace, a bracket, '=', ';', ',' or an edge operator");
    }

    private String quoted(int startLine, int startColumn) throws PlanFileException {
        advance();
        StringBuilder out = new StringBuilder();
        while (index < text.length()) {
            char c = text.charAt(index);
            if (c == '"') {
                advance();
                return out.toString();
            }
            if (c == '\\' && peek(1) == '\\') {
                // An escaped backslash, as our export writes one: kept for the label rules, and it cannot
                // escape a quote that follows it.
                out.append("\\\\");
                advance();
            } else if (c == '\\' && peek(1) == '"') {
                out.append('"');
                advance();
            } else if (c == '\\' && (peek(1) == '\n' || peek(1) == '\r')) {
                // A backslash before a line break continues the string on the next line.
                advance();
                if (text.charAt(index) == '\r' && peek(1) == '\n') {
                    advance();
                }
            } else {
                out.append(c);
            }
            advance();
        }
        throw PlanFileException.cannotImport(source, startLine, startColumn, "this quoted string is never closed: expected '\"'");
    }

    private String html(int startLine, int startColumn) throws PlanFileException {
        advance();
        int depth = 1;
        int start = index;
        while (index < text.length()) {
            char c = text.charAt(index);
            depth += c == '<' ? 1 : c == '>' ? -1 : 0;
            if (depth == 0) {
                String inner = text.substring(start, index);
                advance();
                return inner;
            }
            advance();
        }
        throw PlanFileException.cannotImport(source, startLine, startColumn, "this HTML string is never closed: expected '>'");
    }

    private void skipBlanksAndComments() throws PlanFileException {
        while (index < text.length()) {
            char c = text.charAt(index);
            if (Character.isWhitespace(c)) {
                advance();
            } else if (c == '#' && lineStart) {
                skipLine();
            } else if (c == '/' && peek(1) == '/') {
                skipLine();
            } else if (c == '/' && peek(1) == '*') {
                int startLine = line;
                int startColumn = column;
                int end = text.indexOf("*/", index + 2);
                if (end < 0) {
                    throw PlanFileException.cannotImport(source, startLine, startColumn, "this comment is never closed: expected '*/'");
                }
                while (index < end + 2) {
                    advance();
                }
            } else {
                return;
            }
        }
    }

    private void skipLine() {
        while (index < text.length() && text.charAt(index) != '\n') {
            advance();
        }
    }

    private void advance() {
        char c = text.charAt(index++);
        if (c == '\n') {
            line++;
            column = 1;
            lineStart = true;
        } else {
            column++;
            lineStart = lineStart && Character.isWhitespace(c);
        }
    }

    private char peek(int offset) {
        int at = index + offset;
        return at >= 0 && at < text.length() ? text.charAt(at) : '\0';
    }

    private static boolean isIdStart(char c) {
        return Character.isLetter(c) || c == '_' || c >= 0x80;
    }

    private static boolean isIdPart(char c) {
        return isIdStart(c) || Character.isDigit(c);
    }

    private boolean isNumeralStart(char c) {
        return Character.isDigit(c) || c == '.' && Character.isDigit(peek(1))
                || c == '-' && (Character.isDigit(peek(1)) || peek(1) == '.');
    }

    private static boolean isNumeralPart(char c) {
        return Character.isDigit(c) || c == '.';
    }
}
