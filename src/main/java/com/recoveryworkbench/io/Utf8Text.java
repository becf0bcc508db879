package com.recoveryworkbench.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes as strict UTF-8, for plan files and CSV imports alike. A file saved in another
 * encoding (Latin-1 from an old editor or spreadsheet) is refused with the place of the first bad
 * byte, instead of being read with garbled names that the next save would make permanent.
 * Stateless and thread-safe.
 */
public final class Utf8Text {
    private Utf8Text() {
    }

    /** The first byte that is not UTF-8, and where it stands (1-based line and column of the text before it). */
    public static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int badByte;
        private final int offset;
        private final int line;
        private final int column;

        MalformedException(int badByte, int offset, int line, int column) {
            super("byte 0x" + Integer.toHexString(badByte) + " at offset " + offset + " is not UTF-8");
            this.badByte = badByte;
            this.offset = offset;
            this.line = line;
            this.column = column;
        }

        /** The offending byte, 0 to 255. */
        public int badByte() {
            return badByte;
        }

        public int offset() {
            return offset;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** @throws MalformedException at the first byte that is not UTF-8 */
    public static String decode(byte[] bytes) throws MalformedException {
        // The JDK's own decoding is the fastest (a copy for ASCII) but puts U+FFFD where a byte is not UTF-8;
        // the same rules strictly, only when the text has one, find which byte it is (or that it was written so).
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : strictly(bytes);
    }

    private static String strictly(byte[] bytes) throws MalformedException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more chars than it has bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw malformed(bytes[in.position()] & 0xff, in.position(), out.flip());
        }
        return out.flip().toString();
    }

    /** @param before the text decoded before the bad byte, to tell its line and column */
    private static MalformedException malformed(int bad, int offset, CharBuffer before) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new MalformedException(bad, offset, line, before.length() - lineStart + 1);
    }
}
