package com.recoveryworkbench.io.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Turns the bytes of a CSV file into text. Strict: a spreadsheet saved in another encoding would
 * otherwise import with silently mangled names, so malformed UTF-8 is an error that says where.
 */
final class Utf8Text {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Utf8Text() {
    }

    static String decode(byte[] bytes, String source) throws CsvImportException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new CsvImportException(source, List.of(malformed(bytes, in.position(), source)));
        }
        return withoutByteOrderMark(out.flip().toString());
    }

    /** Spreadsheets put a byte order mark before "CSV UTF-8"; it is not part of the first column's name. */
    static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static CsvProblem malformed(byte[] bytes, int offset, String source) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        // A sequence cut short by the end of the file is reported at its first byte too.
        String message = String.format(Locale.ROOT, "the file is not UTF-8: byte 0x%02X at offset %d cannot be decoded;"
                + " save the spreadsheet as \"CSV UTF-8\"", bytes[offset] & 0xFF, offset);
        return new CsvProblem(source, line, 0, "", message);
    }
}
