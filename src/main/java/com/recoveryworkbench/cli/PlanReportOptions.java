package com.recoveryworkbench.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The plan file a reporting command reads ({@code PLAN}) and how it reports ({@code --format text|json}),
 * as {@code check} and {@code advise} take them. A picocli mixin; not thread-safe.
 */
final class PlanReportOptions {
    @Parameters(paramLabel = "PLAN", description = "the plan file (*.rplan.json)")
    Path planFile;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text for people (default), json for scripts")
    ReportFormat format;

    /** Whether the report is for scripts. */
    boolean json() {
        return format == ReportFormat.JSON;
    }
}
