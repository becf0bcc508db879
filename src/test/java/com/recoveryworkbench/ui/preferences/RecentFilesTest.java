package com.recoveryworkbench.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentFilesTest {
    private final Preferences node = Preferences.userRoot().node("com/recoveryworkbench/test-" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    private static Path file(String name) {
        return Path.of("/plans", name).toAbsolutePath();
    }

    @Test
    void theNewestFileComesFirstAndAFileIsListedOnce() {
        RecentFiles recent = new RecentFiles(node);
        recent.add(file("a.rplan.json"));
        recent.add(file("b.rplan.json"));
        recent.add(file("a.rplan.json"));

        assertEquals(List.of(file("a.rplan.json"), file("b.rplan.json")), recent.files());
    }

    @Test
    void onlyTheTenNewestAreKept() {
        RecentFiles recent = new RecentFiles(node);
        for (int i = 1; i <= 12; i++) {
            recent.add(file(i + ".rplan.json"));
        }

        assertEquals(10, recent.files().size());
        assertEquals(file("12.rplan.json"), recent.files().get(0));
        assertEquals(file("3.rplan.json"), recent.files().get(9));
    }

    @Test
    void theListSurvivesARestartAndClearForgetsIt() {
        new RecentFiles(node).add(file("a.rplan.json"));
        RecentFiles afterRestart = new RecentFiles(node);
        assertEquals(List.of(file("a.rplan.json")), afterRestart.files());

        afterRestart.clear();
        assertTrue(new RecentFiles(node).files().isEmpty());
    }

    @Test
    void aRemovedFileIsNoLongerListed() {
        RecentFiles recent = new RecentFiles(node);
        recent.add(file("a.rplan.json"));
        recent.add(file("b.rplan.json"));

        recent.remove(file("a.rplan.json"));

        assertEquals(List.of(file("b.rplan.json")), new RecentFiles(node).files());
    }
}
