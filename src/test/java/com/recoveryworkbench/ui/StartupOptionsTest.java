package com.recoveryworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartupOptionsTest {
    @Test
    void onePlanFileIsOpened() {
        assertEquals(Optional.of(Path.of("shop.rplan.json")), StartupOptions.parse(List.of("shop.rplan.json")).plan());
    }

    @Test
    void noArgumentsMeanNothingToOpen() {
        assertEquals(Optional.empty(), StartupOptions.parse(List.of()).plan());
    }

    @Test
    void aSecondPlanOrAnOptionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(List.of("a.rplan.json", "b.rplan.json")));
        assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(List.of("--verbose")));
    }
}
