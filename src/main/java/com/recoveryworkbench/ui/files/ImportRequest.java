package com.recoveryworkbench.ui.files;

import com.recoveryworkbench.io.imports.ImportFormat;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A file to import and the format to read it as. */
public record ImportRequest(Path file, ImportFormat format) {

    public ImportRequest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
    }

    /**
     * The format a file's name suggests ({@code *.graphml}, {@code catalog-info.yaml}, …), for a file
     * chosen under "all supported files"; empty when the name says nothing.
     */
    static Optional<ImportFormat> formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ImportFormat format : ImportFormat.values()) {
            for (String pattern : format.patterns()) {
                if (name.endsWith(pattern.substring(1))) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    /** What the file chooser shows ("Import plan", "Merge into the plan"). */
    public enum Purpose {
        NEW_PLAN("Import a plan from another tool"),
        MERGE("Merge services from another tool into this plan");

        private final String title;

        Purpose(String title) {
            this.title = title;
        }

        String title() {
            return title;
        }
    }
}
