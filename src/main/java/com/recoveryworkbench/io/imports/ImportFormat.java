package com.recoveryworkbench.io.imports;

import com.recoveryworkbench.io.Imported;
import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.csv.CsvPlanImporter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The files a plan can be imported from, and the one way to import each. Every import reads at most
 * 20 MiB (refused by its size before reading), as strict UTF-8, and is all or nothing: a
 * {@link PlanFileException} names every problem it found with file:line:column and no plan is made.
 * Stateless and thread-safe; run it off the FX thread.
 */
public enum ImportFormat {
    /** A service inventory kept in a spreadsheet, one row per service: {@code docs/csv-format.md}. */
    CSV("csv", "CSV service inventory", "*.csv"),
    /** GraphML as our export and yEd write it. */
    GRAPHML("graphml", "GraphML (yEd)", "*.graphml"),
    /** A Graphviz DOT graph. */
    DOT("dot", "Graphviz DOT", "*.dot", "*.gv"),
    /** A Backstage software catalog, {@code catalog-info.yaml}. */
    BACKSTAGE("backstage", "Backstage catalog", "*.yaml", "*.yml");

    private final String code;
    private final String description;
    private final String[] patterns;

    ImportFormat(String code, String description, String... patterns) {
        this.code = code;
        this.description = description;
        this.patterns = patterns;
    }

    /** The word used on the command line ({@code --from graphml}). */
    public String code() {
        return code;
    }

    /** What a file chooser calls it ("GraphML (yEd)"). */
    public String description() {
        return description;
    }

    /** File name patterns for a file chooser ({@code *.graphml}). */
    public List<String> patterns() {
        return List.of(patterns);
    }

    public static Optional<ImportFormat> ofCode(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.code.equals(wanted)).findFirst();
    }

    /** "csv, graphml, dot or backstage", for messages. */
    public static String codes() {
        String all = Arrays.stream(values()).map(ImportFormat::code).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }

    /**
     * Imports {@code file} as a new plan named {@code planName}, with the default tiers and settings and
     * the services laid out in wave columns.
     *
     * @throws PlanFileException when the file cannot be read or has an error; nothing is imported then
     */
    public Imported importFile(Path file, String planName) throws PlanFileException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(planName, "planName");
        ImportSource source = ImportSource.read(file, this == CSV ? "save the spreadsheet as \"CSV UTF-8\""
                : "save it as UTF-8");
        return importText(source.text(), source.name(), planName);
    }

    /** Imports text as if read from a file called {@code sourceName} (pasted text, tests); no size limit applies. */
    public Imported importText(String text, String sourceName, String planName) throws PlanFileException {
        return switch (this) {
            case CSV -> new CsvPlanImporter().importText(text, sourceName, planName);
            case GRAPHML -> GraphMlImporter.importText(text, sourceName, planName);
            case DOT -> DotImporter.importText(text, sourceName, planName);
            case BACKSTAGE -> BackstageImporter.importText(text, sourceName, planName);
        };
    }
}
