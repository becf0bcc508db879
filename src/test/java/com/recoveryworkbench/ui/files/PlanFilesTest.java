package com.recoveryworkbench.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlanFilesTest {
    @Test
    void theExtensionIsAppendedOnlyWhenMissing() {
        assertEquals(Path.of("/plans/shop.rplan.json"), PlanFiles.withExtension(Path.of("/plans/shop")));
        assertEquals(Path.of("/plans/shop.json.rplan.json"), PlanFiles.withExtension(Path.of("/plans/shop.json")));
        assertEquals(Path.of("/plans/Shop.RPLAN.JSON"), PlanFiles.withExtension(Path.of("/plans/Shop.RPLAN.JSON")));
    }

    @Test
    void aSuggestedNameDropsCharactersFileSystemsRefuse() {
        assertEquals("Retail Shop.rplan.json", PlanFiles.suggestedName("Retail Shop"));
        assertEquals("ab.rplan.json", PlanFiles.suggestedName("a/b"));
        assertEquals("Untitled.rplan.json", PlanFiles.suggestedName(" :? "));
    }
}
