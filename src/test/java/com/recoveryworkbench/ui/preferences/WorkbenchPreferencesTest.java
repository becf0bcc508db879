package com.recoveryworkbench.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.layout.Direction;
import com.recoveryworkbench.ui.theme.Theme;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkbenchPreferencesTest {
    private final Preferences node = Preferences.userRoot().node("com/recoveryworkbench/test-" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void theLastPlanAndTheWindowPlacementSurviveARestart() {
        WorkbenchPreferences before = new WorkbenchPreferences(node);
        before.setLastPlan(Path.of("/plans/shop.rplan.json"));
        before.setWindowPlacement(new WindowPlacement(40, 30, 1200, 760, true));

        WorkbenchPreferences after = new WorkbenchPreferences(node);

        assertEquals(Optional.of(Path.of("/plans/shop.rplan.json").toAbsolutePath()), after.lastPlan());
        assertEquals(Optional.of(new WindowPlacement(40, 30, 1200, 760, true)), after.windowPlacement());
    }

    @Test
    void theChosenThemeSurvivesARestartAndAFirstStartIsLight() {
        assertEquals(Theme.LIGHT, new WorkbenchPreferences(node).theme());

        new WorkbenchPreferences(node).setTheme(Theme.DARK);

        assertEquals(Theme.DARK, new WorkbenchPreferences(node).theme());
    }

    @Test
    void theArrangeDirectionSurvivesARestartAndAnUnknownOneFallsBackToLeftToRight() {
        assertEquals(Direction.LEFT_TO_RIGHT, new WorkbenchPreferences(node).arrangeDirection());

        new WorkbenchPreferences(node).setArrangeDirection(Direction.TOP_TO_BOTTOM);
        assertEquals(Direction.TOP_TO_BOTTOM, new WorkbenchPreferences(node).arrangeDirection());

        node.put("arrangeDirection", "DIAGONAL");
        assertEquals(Direction.LEFT_TO_RIGHT, new WorkbenchPreferences(node).arrangeDirection());
    }

    @Test
    void anUnknownStoredThemeFallsBackToLight() {
        node.put("theme", "sepia");

        assertEquals(Theme.LIGHT, new WorkbenchPreferences(node).theme());
    }

    @Test
    void aFirstStartKnowsNoPlanAndNoPlacement() {
        WorkbenchPreferences fresh = new WorkbenchPreferences(node);

        assertTrue(fresh.lastPlan().isEmpty());
        assertTrue(fresh.windowPlacement().isEmpty());
        assertTrue(fresh.recentFiles().files().isEmpty());
    }

    @Test
    void forgettingTheLastPlanLeavesNone() {
        WorkbenchPreferences preferences = new WorkbenchPreferences(node);
        preferences.setLastPlan(Path.of("/plans/shop.rplan.json"));

        preferences.setLastPlan(null);

        assertTrue(new WorkbenchPreferences(node).lastPlan().isEmpty());
    }
}
