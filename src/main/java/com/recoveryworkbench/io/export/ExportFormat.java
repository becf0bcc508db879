package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.model.GroupKind;
import com.recoveryworkbench.model.Plan;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The headless exports, by the code the command line uses ({@code runbook-md}, {@code png}, …). Every
 * format renders to bytes that are the same for the same plan, analysis and date (pictures: on the
 * same machine, whose fonts draw the PNG's text); text formats are UTF-8. Rendering is pure and may
 * run on any thread; a picture of thousands of services takes seconds, so not the FX thread.
 */
public enum ExportFormat {
    RUNBOOK_MD("runbook-md", "md"),
    RUNBOOK_HTML("runbook-html", "html"),
    CSV("csv", "csv"),
    DOT("dot", "dot"),
    GRAPHML("graphml", "graphml"),
    PNG("png", "png"),
    PNG_2X("png2x", "png"),
    SVG("svg", "svg");

    private final String code;
    private final String extension;

    ExportFormat(String code, String extension) {
        this.code = code;
        this.extension = extension;
    }

    public String code() {
        return code;
    }

    /** The usual file name extension, without the dot: what a save dialog suggests. */
    public String extension() {
        return extension;
    }

    /** Whether the export can show just a selection of services: the pictures can, the others are of the whole plan. */
    public boolean drawsSelection() {
        return this == PNG || this == PNG_2X || this == SVG;
    }

    /** The format with this code; empty for an unknown one. */
    public static Optional<ExportFormat> ofCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }

    /** {@code runbook-md|csv|…}, for help and error messages. */
    public static String codes() {
        return Arrays.stream(values()).map(ExportFormat::code).collect(Collectors.joining("|"));
    }

    /**
     * @param date      the day a runbook shows; the other formats carry no date
     * @param selection the services a picture shows, empty for all of them; ids the plan lacks are ignored
     * @throws IllegalArgumentException when {@code selection} is not empty and the format does not
     *                                  {@linkplain #drawsSelection() draw a selection}
     */
    public Exported render(Plan plan, Analysis analysis, LocalDate date, Set<String> selection) {
        return render(plan, analysis, date, selection, GroupKind.REGION);
    }

    /**
     * As {@link #render(Plan, Analysis, LocalDate, Set)}, a picture drawing the boxes and folds of
     * {@code groups} (the window passes the kind its lanes show); the other formats ignore it.
     */
    public Exported render(Plan plan, Analysis analysis, LocalDate date, Set<String> selection, GroupKind groups) {
        if (!selection.isEmpty() && !drawsSelection()) {
            throw new IllegalArgumentException(code + " exports the whole plan, not a selection");
        }
        return switch (this) {
            case RUNBOOK_MD -> text(MarkdownRunbook.render(plan, analysis, date));
            case RUNBOOK_HTML -> text(HtmlRunbook.render(plan, analysis, date));
            case CSV -> text(ComplianceCsv.render(plan, analysis));
            case DOT -> text(DotGraph.render(plan, analysis));
            case GRAPHML -> text(GraphMlGraph.render(plan, analysis));
            case SVG -> text(SvgPicture.render(MapPicture.of(plan, analysis, selection, groups)));
            case PNG -> png(MapPicture.of(plan, analysis, selection, groups, PngPicture::nameWidth), 1);
            case PNG_2X -> png(MapPicture.of(plan, analysis, selection, groups, PngPicture::nameWidth), 2);
        };
    }

    private static Exported text(String text) {
        return new Exported(text.getBytes(StandardCharsets.UTF_8), List.of());
    }

    private static Exported png(MapPicture picture, double scale) {
        PixelSize size = PixelSize.of(picture.width(), picture.height(), scale);
        return new Exported(PngPicture.render(picture, size), size.warning().stream().toList());
    }
}
