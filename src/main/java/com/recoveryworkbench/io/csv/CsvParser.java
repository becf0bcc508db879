package com.recoveryworkbench.io.csv;

import com.recoveryworkbench.io.Problems;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into records as RFC 4180 describes: cells separated by commas, records by CRLF or LF
 * (a lone CR too, as old spreadsheets write), quoted cells that may hold commas, line breaks and
 * doubled quotes ({@code ""}). A quote inside an unquoted cell is kept as it is, which is what people
 * mean by {@code 5" disk}. Syntax errors go to the log with the line and column where they are;
 * after an unterminated quote nothing more can be read.
 */
final class CsvParser {
    private final String text;
    private final Problems log;
    private final List<String> header = new ArrayList<>();
    private int pos;
    private int line = 1;

    private CsvParser(String text, Problems log) {
        this.text = text;
        this.log = log;
    }

    /** The records of {@code text}, including the header; a final line break does not start a record. */
    static List<CsvRecord> parse(String text, Problems log) {
        return new CsvParser(text, log).records();
    }

    private List<CsvRecord> records() {
        List<CsvRecord> records = new ArrayList<>();
        while (pos < text.length()) {
            CsvRecord record = record();
            if (record == null) {
                break;
            }
            if (records.isEmpty()) {
                header.addAll(record.cells());
            }
            records.add(record);
        }
        return records;
    }

    /** The next record, or {@code null} when a quoted cell runs to the end of the text. */
    private CsvRecord record() {
        int start = line;
        List<String> cells = new ArrayList<>();
        while (true) {
            String cell = at('"') ? quoted(start, cells.size() + 1) : plain();
            if (cell == null) {
                return null;
            }
            cells.add(cell);
            if (at(',')) {
                pos++;
            } else {
                skipLineBreak();
                return new CsvRecord(start, cells);
            }
        }
    }

    private String plain() {
        int begin = pos;
        while (pos < text.length() && !isDelimiter(text.charAt(pos))) {
            pos++;
        }
        return text.substring(begin, pos);
    }

    private String quoted(int recordLine, int column) {
        int openedOn = line;
        pos++;
        StringBuilder cell = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                log.error(openedOn, column, field(column),
                        "the quoted cell that starts on this line never ends: a closing \" is missing");
                return null;
            }
            char c = text.charAt(pos);
            if (c == '"' && pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                cell.append('"');
                pos += 2;
            } else if (c == '"') {
                pos++;
                break;
            } else {
                cell.append(c);
                pos++;
                countLineBreak(c);
            }
        }
        if (pos < text.length() && !isDelimiter(text.charAt(pos))) {
            log.error(recordLine, column, field(column), "text after the closing quote: quote the whole cell"
                    + " and write a quote inside it as two quotes (\"\")");
            plain();
        }
        return cell.toString();
    }

    /** CRLF is one line break: the CR is counted when no LF follows it. */
    private void countLineBreak(char c) {
        if (c == '\n' || c == '\r' && !at('\n')) {
            line++;
        }
    }

    private void skipLineBreak() {
        if (at('\r')) {
            pos++;
        }
        if (at('\n')) {
            pos++;
        }
        line++;
    }

    private boolean at(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private static boolean isDelimiter(char c) {
        return c == ',' || c == '\n' || c == '\r';
    }

    private String field(int column) {
        return column <= header.size() ? CsvColumn.normalize(header.get(column - 1)) : "";
    }
}
