package com.recoveryworkbench.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as the command line gets it: a UTF-8 {@link PrintWriter} that also hands its byte
 * stream to a report made as UTF-8 bytes ({@link #writeBytes}). {@code check --format json} writes
 * 25 MB for a 10,000-service plan; made as characters it would be encoded once more on the way out.
 */
public final class ConsoleWriter extends PrintWriter {
    private final OutputStream bytes;

    /** @param bytes where the text goes, as UTF-8; flushed at every line end, as {@code System.out} is */
    public ConsoleWriter(OutputStream bytes) {
        super(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
        this.bytes = bytes;
    }

    /** Writes a UTF-8 report to an output stream. */
    @FunctionalInterface
    interface ByteReport {
        void writeTo(OutputStream out);
    }

    /**
     * Writes {@code report} to {@code out} and flushes it: straight to the bytes under a console writer
     * (after the text already printed), and as text to any other writer (a test's, which reads text).
     *
     * @throws UncheckedIOException when the bytes cannot be written
     */
    static void writeBytes(PrintWriter out, ByteReport report) {
        if (out instanceof ConsoleWriter console) {
            console.flush();
            report.writeTo(console.bytes);
            try {
                console.bytes.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the report", e);
            }
        } else {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            report.writeTo(buffer);
            out.write(buffer.toString(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
