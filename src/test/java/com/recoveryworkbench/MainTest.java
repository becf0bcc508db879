package com.recoveryworkbench;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void noArgumentOrOnePlanFileOpensTheWindow() {
        assertAll(
                () -> assertTrue(Main.opensWindow(new String[0])),
                () -> assertTrue(Main.opensWindow(new String[] {"assets/samples/retail.rplan.json"})));
    }

    @Test
    void commandsAndOptionsRunHeadless() {
        assertAll(
                () -> assertFalse(Main.opensWindow(new String[] {"check"})),
                () -> assertFalse(Main.opensWindow(new String[] {"check", "plan.rplan.json"})),
                () -> assertFalse(Main.opensWindow(new String[] {"import-csv", "a.csv", "-o", "a.rplan.json"})),
                () -> assertFalse(Main.opensWindow(new String[] {"--help"})),
                () -> assertFalse(Main.opensWindow(new String[] {"--version"})),
                () -> assertFalse(Main.opensWindow(new String[] {"a.rplan.json", "b.rplan.json"})),
                () -> assertFalse(Main.opensWindow(new String[] {"chek"}), "a mistyped command"));
    }
}
