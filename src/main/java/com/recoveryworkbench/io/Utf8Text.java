package com.recoveryworkbench.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Decodes a plan file's bytes as strict UTF-8. A file saved in another encoding (Latin-1 from an old
 * editor) is refused with the place of the first bad byte, instead of being loaded with garbled
 * names that the next save would make permanent.
 */
final class Utf8Text {
    private Utf8Text() {
    }

    static String decode(byte[] bytes, String source) throws PlanFileException {
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
            throw badByte(source, bytes[in.position()], out.flip());
        }
        return out.flip().toString();
    }

    /** @param before the text decoded before the bad byte, to tell its line and column */
    private static PlanFileException badByte(String source, byte bad, CharBuffer before) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String message = String.format(Locale.ROOT,
                "expected UTF-8 text, found the byte 0x%02X; save the file as UTF-8", bad & 0xff);
        return new PlanFileException(List.of(
                new PlanProblem(source, line, before.length() - lineStart + 1, "", message)));
    }
}
