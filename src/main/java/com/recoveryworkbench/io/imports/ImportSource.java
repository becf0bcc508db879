package com.recoveryworkbench.io.imports;

import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.PlanProblem;
import com.recoveryworkbench.io.Utf8Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The text of a file to import, read with the limits every import keeps: at most
 * {@value #MAX_FILE_BYTES} bytes, refused by its size before a byte is read, and strict UTF-8 (a byte
 * order mark is dropped). {@code name} is the file name that problems carry. Every file read as an
 * import goes through here: the plan imports of {@link ImportFormat} and the drill results sheet of
 * {@code import-drill}. Immutable.
 */
public record ImportSource(String name, String text) {
    /** The same limit as plan files and CSV imports: 20 MiB. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    /**
     * @param howToFix what to do when the file is not UTF-8, in the words of the program that wrote
     *                 it ("save it as UTF-8")
     */
    public static ImportSource read(Path file, String howToFix) throws PlanFileException {
        Path fileName = file.getFileName();
        String name = fileName == null ? file.toString() : fileName.toString();
        return new ImportSource(name, decode(name, bytes(file, name), howToFix));
    }

    private static byte[] bytes(Path file, String name) throws PlanFileException {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw tooLarge(name);
            }
            // The size can lie (a device, a file still growing): never hold more than the limit.
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
                if (bytes.length > MAX_FILE_BYTES) {
                    throw tooLarge(name);
                }
                return bytes;
            }
        } catch (IOException e) {
            String reason = e instanceof NoSuchFileException ? "no such file" : e.getMessage();
            throw PlanFileException.cannotImport(name, List.of(new PlanProblem(name, 0, 0, "",
                    "cannot read the file: " + reason)), e);
        }
    }

    private static String decode(String name, byte[] bytes, String howToFix) throws PlanFileException {
        try {
            String text = Utf8Text.decode(bytes);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (Utf8Text.MalformedException e) {
            // Where a person finds it in an editor, not the byte offset a hex dump would need.
            throw PlanFileException.cannotImport(name, e.line(), e.column(), "the file is not UTF-8: byte 0x"
                    + Integer.toHexString(e.badByte()) + " cannot start or continue a character; " + howToFix);
        }
    }

    private static PlanFileException tooLarge(String name) {
        return PlanFileException.cannotImport(name, 0, 0,
                "the file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB, the most an import reads");
    }
}
