package com.recoveryworkbench.io.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.model.Plan;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExportFormatTest {
    private final Plan plan = ExportPlans.retailOnTheMap();
    private final Analysis analysis = ExportPlans.analyze(plan);

    @Test
    void textFormatsAreTheirTextInUtf8WithoutWarnings() {
        Exported runbook = ExportFormat.RUNBOOK_MD.render(plan, analysis, ExportPlans.DATE, Set.of());
        Exported svg = ExportFormat.SVG.render(plan, analysis, ExportPlans.DATE, Set.of("auth"));

        assertArrayEquals(MarkdownRunbook.render(plan, analysis, ExportPlans.DATE).getBytes(StandardCharsets.UTF_8),
                runbook.bytes());
        assertArrayEquals(ComplianceCsv.render(plan, analysis).getBytes(StandardCharsets.UTF_8),
                ExportFormat.CSV.render(plan, analysis, ExportPlans.DATE, Set.of()).bytes());
        assertArrayEquals(SvgPicture.render(MapPicture.of(plan, analysis, Set.of("auth")))
                .getBytes(StandardCharsets.UTF_8), svg.bytes());
        assertEquals(List.of(), runbook.warnings());
    }

    @Test
    void onlyPicturesDrawASelection() {
        assertEquals(List.of(ExportFormat.PNG, ExportFormat.PNG_2X, ExportFormat.SVG),
                List.of(ExportFormat.values()).stream().filter(ExportFormat::drawsSelection).toList());
        assertThrows(IllegalArgumentException.class,
                () -> ExportFormat.GRAPHML.render(plan, analysis, ExportPlans.DATE, Set.of("auth")));
    }

    @Test
    void codesNameEveryFormat() {
        assertEquals("runbook-md|runbook-html|csv|dot|graphml|png|png2x|svg", ExportFormat.codes());
        assertEquals(ExportFormat.PNG_2X, ExportFormat.ofCode("png2x").orElseThrow());
        assertEquals(List.of("md", "html", "csv", "dot", "graphml", "png", "png", "svg"),
                List.of(ExportFormat.values()).stream().map(ExportFormat::extension).toList());
    }
}
