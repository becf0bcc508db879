package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.model.Plan;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The headless exports, by the code the command line uses ({@code runbook-md}, {@code csv}, …). Every
 * format renders to text that is the same for the same plan, analysis and date; write it as UTF-8.
 */
public enum ExportFormat {
    RUNBOOK_MD("runbook-md"),
    RUNBOOK_HTML("runbook-html"),
    CSV("csv"),
    DOT("dot"),
    GRAPHML("graphml");

    private final String code;

    ExportFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The format with this code; empty for an unknown one. */
    public static Optional<ExportFormat> ofCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }

    /** {@code runbook-md|csv|…}, for help and error messages. */
    public static String codes() {
        return Arrays.stream(values()).map(ExportFormat::code).collect(Collectors.joining("|"));
    }

    /** @param date the day a runbook shows; formats without a date ignore it */
    public String render(Plan plan, Analysis analysis, LocalDate date) {
        return switch (this) {
            case RUNBOOK_MD -> MarkdownRunbook.render(plan, analysis, date);
            case RUNBOOK_HTML -> HtmlRunbook.render(plan, analysis, date);
            case CSV -> ComplianceCsv.render(plan, analysis);
            case DOT -> DotGraph.render(plan, analysis);
            case GRAPHML -> GraphMlGraph.render(plan, analysis);
        };
    }
}
