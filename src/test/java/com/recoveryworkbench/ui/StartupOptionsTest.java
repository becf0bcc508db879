package com.recoveryworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartupOptionsTest {
    @Test
    void aPlanFileAndAServiceToSelectAreRead() {
        StartupOptions options = StartupOptions.parse(List.of("shop.rplan.json", "--select", "checkout"));

        assertEquals(Optional.of(Path.of("shop.rplan.json")), options.plan());
        assertEquals(Optional.of("checkout"), options.select());
    }

    @Test
    void noArgumentsMeanNothingToOpen() {
        assertEquals(new StartupOptions(Optional.empty(), Optional.empty()), StartupOptions.parse(List.of()));
    }

    @Test
    void aSecondPlanOrAnUnknownOptionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(List.of("a.rplan.json", "b.rplan.json")));
        assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(List.of("--verbose")));
        assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(List.of("--select")));
    }
}
