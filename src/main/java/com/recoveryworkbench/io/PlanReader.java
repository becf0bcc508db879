package com.recoveryworkbench.io;

import com.recoveryworkbench.model.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads plan files ({@code .rplan.json}; the format is described in {@code docs/plan-format.md}).
 * A file is untrusted input: its size is checked before it is read, no class it names is ever
 * created, and everything wrong with it is reported with file, line, column and field, as many
 * problems as one pass can find. Files of older schema versions are migrated on load. Stateless and
 * thread-safe; never returns {@code null}.
 */
public final class PlanReader {

    /**
     * The largest plan file read: 20 MiB. A plan of 10,000 fully described services and 30,000
     * dependencies takes about 8.3 MiB, so this leaves more than twice the room of the largest plan
     * the workbench is built for, while a mistaken or hostile file (a disk image, a log) is refused
     * before it is read into memory.
     */
    public static final long MAX_FILE_BYTES = 20 * 1024 * 1024;

    private final MigrationChain migrations;
    private final LocalDate latestDrillDate;

    public PlanReader() {
        this(MigrationChain.standard());
    }

    PlanReader(MigrationChain migrations) {
        this(migrations, null);
    }

    private PlanReader(MigrationChain migrations, LocalDate latestDrillDate) {
        this.migrations = migrations;
        this.latestDrillDate = latestDrillDate;
    }

    /**
     * A reader that also refuses drills dated after {@code asOf}: a plan checked as of a date cannot
     * hold a drill that has not happened yet. Readers never look at the clock themselves.
     */
    public PlanReader withDrillsUpTo(LocalDate asOf) {
        return new PlanReader(migrations, Objects.requireNonNull(asOf, "asOf"));
    }

    /**
     * Reads a UTF-8 plan file; problems name the file as {@code file} is written.
     *
     * @throws PlanFileException when the file cannot be read or is not a valid plan
     */
    public LoadedPlan read(Path file) throws PlanFileException {
        String source = file.toString();
        return read(decode(readBytes(file, source), source), source);
    }

    private static String decode(byte[] bytes, String source) throws PlanFileException {
        try {
            return Utf8Text.decode(bytes);
        } catch (Utf8Text.MalformedException e) {
            String message = String.format(Locale.ROOT,
                    "expected UTF-8 text, found the byte 0x%02X; save the file as UTF-8", e.badByte());
            throw new PlanFileException(List.of(new PlanProblem(source, e.line(), e.column(), "", message)));
        }
    }

    /**
     * Reads a plan from its JSON text; {@code sourceName} names it in problems. The size limit applies
     * to the text's length in characters.
     *
     * @throws PlanFileException when the text is not a valid plan
     */
    public LoadedPlan read(String json, String sourceName) throws PlanFileException {
        if (json.length() > MAX_FILE_BYTES) {
            throw fileProblem(sourceName, "the plan is " + count(json.length()) + " characters long; plans are limited"
                    + " to " + count(MAX_FILE_BYTES) + " characters");
        }
        // Editors on Windows may start UTF-8 files with a byte order mark, which JSON does not allow.
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        JsonValue tree = JsonTreeReader.read(text, sourceName);
        if (!(tree instanceof JsonObject root)) {
            throw new PlanFileException(List.of(new PlanProblem(sourceName, tree.at().line(), tree.at().column(), "",
                    "expected a plan (a JSON object), found " + tree.describe())));
        }
        Problems problems = new Problems(sourceName);
        int version = PlanHeader.check(new ObjectReader(root, "", problems), migrations);
        problems.throwIfErrors();
        JsonObject current = migrations.upgrade(root, version);
        Plan plan = new PlanDecoder(problems, latestDrillDate).decode(new ObjectReader(current, "", problems));
        problems.throwIfErrors();
        return new LoadedPlan(plan, problems.warnings());
    }

    private static byte[] readBytes(Path file, String source) throws PlanFileException {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw tooLarge(source, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // The file may have grown since its size was checked: never read past the limit.
                byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
                if (bytes.length > MAX_FILE_BYTES) {
                    throw tooLarge(source, bytes.length);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw fileProblem(source, "cannot read the file: " + IoExceptionText.describe(e));
        }
    }

    private static PlanFileException tooLarge(String source, long size) {
        return fileProblem(source, "the file is " + count(size) + " bytes; plan files are limited to "
                + count(MAX_FILE_BYTES) + " bytes (20 MiB)");
    }

    private static PlanFileException fileProblem(String source, String message) {
        return new PlanFileException(List.of(new PlanProblem(source, 0, 0, "", message)));
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
