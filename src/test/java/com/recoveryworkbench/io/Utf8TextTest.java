package com.recoveryworkbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link Utf8Text} accepts exactly strict UTF-8 and points at the first byte that is not. */
class Utf8TextTest {
    @Test
    void aReplacementCharacterWrittenInTheFileIsKept() throws Exception {
        assertEquals("a\uFFFDb", Utf8Text.decode("a\uFFFDb".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aLatin1ByteIsRefusedWhereItStands() {
        byte[] bytes = {'{', '\n', ' ', 'c', 'a', 'f', (byte) 0xE9, '}'};
        Utf8Text.MalformedException e = assertThrows(Utf8Text.MalformedException.class, () -> Utf8Text.decode(bytes));
        assertEquals(0xE9, e.badByte());
        assertEquals(6, e.offset());
        assertEquals(2, e.line());
        assertEquals(5, e.column());
    }

    @Property
    void agreesWithAStrictDecoder(@ForAll("utf8ish") byte[] bytes) {
        String strict;
        try {
            strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            assertThrows(Utf8Text.MalformedException.class, () -> Utf8Text.decode(bytes));
            return;
        }
        try {
            assertEquals(strict, Utf8Text.decode(bytes));
        } catch (Utf8Text.MalformedException e) {
            throw new AssertionError("refused valid UTF-8 at offset " + e.offset(), e);
        }
    }

    /** ASCII, lead and continuation bytes, and the bytes of surrogates, overlong forms and U+FFFD. */
    @Provide
    Arbitrary<byte[]> utf8ish() {
        return Arbitraries.of((byte) 'a', (byte) '\n', (byte) 0x80, (byte) 0xBF, (byte) 0xBD, (byte) 0xC0,
                        (byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0x86, (byte) 0x92, (byte) 0xED, (byte) 0xA0,
                        (byte) 0xEF, (byte) 0xF0, (byte) 0x9F, (byte) 0xF4, (byte) 0x90, (byte) 0xFF)
                .array(byte[].class).ofMaxSize(12);
    }
}
