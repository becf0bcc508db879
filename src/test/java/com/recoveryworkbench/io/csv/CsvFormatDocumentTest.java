package com.recoveryworkbench.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.io.Imported;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/csv-format.md stays true: every column the importer knows is described, and its example imports. */
class CsvFormatDocumentTest {
    private static final Path DOCUMENT = Path.of("docs", "csv-format.md");

    @Test
    void everyColumnHasARowInTheColumnTable() throws Exception {
        String document = Files.readString(DOCUMENT);
        for (CsvColumn column : CsvColumn.values()) {
            assertTrue(document.contains("\n| `" + column.header() + "` |"), column.header() + " is not described");
        }
    }

    @Test
    void theSmallExampleImportsWithoutAWarning() throws Exception {
        String document = Files.readString(DOCUMENT);
        int start = document.indexOf("```csv\n") + "```csv\n".length();
        String example = document.substring(start, document.indexOf("```", start));

        Imported imported = new CsvPlanImporter().importText(example, "inventory.csv", "Example");

        assertEquals(List.of(), imported.warnings());
        assertEquals(List.of("checkout", "network", "orders-db"),
                imported.plan().services().stream().map(s -> s.id()).toList());
    }
}
