package com.recoveryworkbench.io.csv;

import com.recoveryworkbench.io.Utf8Text;
import java.util.List;
import java.util.Locale;

/**
 * Turns the bytes of a CSV file into text. Strict: a spreadsheet saved in another encoding would
 * otherwise import with silently mangled names, so malformed UTF-8 is an error that says where.
 */
final class CsvText {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvText() {
    }

    static String decode(byte[] bytes, String source) throws CsvImportException {
        try {
            return withoutByteOrderMark(Utf8Text.decode(bytes));
        } catch (Utf8Text.MalformedException e) {
            // A sequence cut short by the end of the file is reported at its first byte too.
            String message = String.format(Locale.ROOT, "the file is not UTF-8: byte 0x%02X at offset %d cannot be"
                    + " decoded; save the spreadsheet as \"CSV UTF-8\"", e.badByte(), e.offset());
            throw new CsvImportException(source, List.of(new CsvProblem(source, e.line(), 0, "", message)));
        }
    }

    /** Spreadsheets put a byte order mark before "CSV UTF-8"; it is not part of the first column's name. */
    static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }
}
