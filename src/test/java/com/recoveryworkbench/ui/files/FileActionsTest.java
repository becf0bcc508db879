package com.recoveryworkbench.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.io.LoadedPlan;
import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.files.Dialogs.UnsavedChoice;
import com.recoveryworkbench.ui.preferences.WorkbenchPreferences;
import com.recoveryworkbench.ui.state.BackgroundTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File actions without a window: background work runs when the test says so, dialogs are scripted. */
class FileActionsTest {
    @TempDir
    Path dir;

    private final Preferences node = Preferences.userRoot().node("com/recoveryworkbench/test-" + UUID.randomUUID());
    private final WorkbenchPreferences preferences = new WorkbenchPreferences(node);
    private final Queue<Runnable> worker = new ArrayDeque<>();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Plan shop = Plan.empty("Shop")
            .withServices(List.of(Service.builder("web", ServiceKind.APPLICATION).restoreTime(Duration.ofMinutes(5)).build(),
                    Service.builder("db", ServiceKind.DATABASE).restoreTime(Duration.ofMinutes(40)).build()))
            .withDependency(Dependency.hard("web", "db"));
    private final PlanDocument document = new PlanDocument(shop, null);
    private final FileActions files = new FileActions(document, dialogs, new BackgroundTasks(worker::add, Runnable::run),
            preferences);

    @AfterEach
    void removePreferences() throws BackingStoreException {
        node.removeNode();
    }

    private void finishBackgroundWork() {
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
    }

    private void edit() {
        document.apply("Add service", p -> p.withService(Service.builder("cache", ServiceKind.CACHE).build()));
    }

    @Test
    void dontSaveIsReportedBeforeTheChangesAreDropped() {
        int[] discards = {0};
        files.setOnDiscard(() -> discards[0]++);
        edit();
        dialogs.unsavedAnswers.add(UnsavedChoice.CANCEL);
        files.newPlan();
        assertEquals(0, discards[0]);

        dialogs.unsavedAnswers.add(UnsavedChoice.DISCARD);
        files.newPlan();

        assertEquals(1, discards[0]);
        assertEquals(FileActions.UNTITLED_PLAN, document.getPlan().name());
    }

    @Test
    void aRestoredPlanIsDirtyAndSavesToItsOriginalFile() throws Exception {
        Path original = dir.resolve("shop.rplan.json");
        Plan recovered = shop.withDescription("autosaved");

        files.restoreUnsaved("Shop", original, () -> new LoadedPlan(recovered, List.of()));
        finishBackgroundWork();
        assertEquals(recovered, document.getPlan());
        assertTrue(document.isDirty());

        files.save();
        finishBackgroundWork();
        assertFalse(document.isDirty());
        assertEquals(recovered, new PlanReader().read(original).plan());
    }

    @Test
    void savingAnUntitledPlanAsksWhereAndAddsTheExtension() {
        dialogs.files.add(dir.resolve("shop"));

        files.save();
        assertEquals("Saving shop.rplan.json…", files.activityProperty().get());
        finishBackgroundWork();

        Path saved = dir.resolve("shop.rplan.json");
        assertTrue(Files.isRegularFile(saved));
        assertEquals(saved, document.getFile());
        assertFalse(document.isDirty());
        assertNull(files.activityProperty().get());
        assertEquals(List.of(saved.toAbsolutePath()), preferences.recentFiles().files());
        assertEquals(saved.toAbsolutePath(), preferences.lastPlan().orElseThrow());
    }

    @Test
    void theFirstSaveChooserStartsInTheDocumentsFolderNotWhereTheProgramWasStarted() {
        dialogs.files.add(dir.resolve("shop"));

        files.save();
        finishBackgroundWork();
        edit();
        dialogs.files.add(dir.resolve("elsewhere"));
        files.saveAs();
        finishBackgroundWork();

        assertEquals(List.of(UserFolders.documents(), dir.toAbsolutePath()), dialogs.saveFolders);
    }

    @Test
    void theUnsavedChangesQuestionNamesThePlanByItsFile() {
        document.replace(Plan.empty(FileActions.UNTITLED_PLAN), dir.resolve("myshop.rplan.json"));
        edit();
        dialogs.unsavedAnswers.add(UnsavedChoice.CANCEL);

        files.quit();

        assertEquals(List.of("myshop.rplan.json"), dialogs.unsavedPlanNames);
    }

    @Test
    void aSavedPlanOpensAgainAsTheSamePlan() {
        dialogs.files.add(dir.resolve("shop.rplan.json"));
        files.save();
        finishBackgroundWork();
        files.newPlan();
        assertEquals(FileActions.UNTITLED_PLAN, document.getPlan().name());

        files.open(dir.resolve("shop.rplan.json"));
        finishBackgroundWork();

        assertEquals(shop, document.getPlan());
        assertEquals(dir.resolve("shop.rplan.json"), document.getFile());
        assertFalse(document.isDirty());
    }

    @Test
    void aPlanChangedWhileItWasBeingSavedStaysDirty() {
        dialogs.files.add(dir.resolve("shop.rplan.json"));
        files.save();
        edit();
        finishBackgroundWork();

        assertTrue(document.isDirty());
        assertTrue(Files.isRegularFile(dir.resolve("shop.rplan.json")));
    }

    @Test
    void aMalformedFileShowsWhereItIsBrokenAndLeavesTheOpenPlanAsItWas() throws Exception {
        edit();
        Plan before = document.getPlan();
        Path bad = dir.resolve("bad.rplan.json");
        Files.writeString(bad, "{\n  \"format\": \"recovery-workbench-plan\",\n  \"schemaVersion\": 1,\n  \"name\": ,\n}\n");
        dialogs.unsavedAnswers.add(UnsavedChoice.DISCARD);

        files.open(bad);
        finishBackgroundWork();

        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith(bad + ":4:"), dialogs.errors.get(0));
        assertSame(before, document.getPlan());
        assertTrue(document.isDirty());
        assertNull(document.getFile());
    }

    @Test
    void aFailedSaveKeepsTheChangesAndTheOldFile() throws Exception {
        Path good = dir.resolve("shop.rplan.json");
        dialogs.files.add(good);
        files.save();
        finishBackgroundWork();
        String savedText = Files.readString(good);
        edit();
        Files.writeString(dir.resolve("not-a-folder"), "x");
        dialogs.files.add(dir.resolve("not-a-folder").resolve("shop.rplan.json"));

        files.saveAs();
        finishBackgroundWork();

        assertEquals(1, dialogs.errors.size());
        assertTrue(document.isDirty());
        assertEquals(good, document.getFile());
        assertEquals(savedText, Files.readString(good));
    }

    @Test
    void cancellingTheUnsavedChangesPromptKeepsThePlan() {
        edit();
        Plan before = document.getPlan();
        dialogs.unsavedAnswers.add(UnsavedChoice.CANCEL);

        files.newPlan();

        assertEquals(1, dialogs.unsavedPrompts);
        assertSame(before, document.getPlan());
    }

    @Test
    void answeringSaveSavesFirstAndThenStartsTheNewPlan() {
        edit();
        dialogs.unsavedAnswers.add(UnsavedChoice.SAVE);
        dialogs.files.add(dir.resolve("shop.rplan.json"));

        files.newPlan();
        assertTrue(document.getPlan().hasService("cache"), "the new plan waits for the save to finish");
        finishBackgroundWork();

        assertEquals(FileActions.UNTITLED_PLAN, document.getPlan().name());
        assertNull(document.getFile());
        assertTrue(Files.isRegularFile(dir.resolve("shop.rplan.json")));
    }

    @Test
    void quitRunsOnlyOnceUnsavedChangesAreDealtWith() {
        int[] quits = {0};
        files.setQuitAction(() -> quits[0]++);
        edit();
        dialogs.unsavedAnswers.add(UnsavedChoice.CANCEL);
        files.quit();
        assertEquals(0, quits[0]);

        dialogs.unsavedAnswers.add(UnsavedChoice.DISCARD);
        files.quit();
        assertEquals(1, quits[0]);
    }

    @Test
    void editsMadeWhileAFileWasLoadingAreNotDroppedWithoutAsking() {
        dialogs.files.add(dir.resolve("shop.rplan.json"));
        files.save();
        finishBackgroundWork();
        files.newPlan();

        files.open(dir.resolve("shop.rplan.json"));
        edit();
        dialogs.unsavedAnswers.add(UnsavedChoice.CANCEL);
        finishBackgroundWork();

        assertEquals(1, dialogs.unsavedPrompts);
        assertTrue(document.getPlan().hasService("cache"));
        assertEquals(FileActions.UNTITLED_PLAN, document.getPlan().name());
    }

    @Test
    void anImportedInventoryBecomesAnUntitledPlanNamedAfterTheFile() throws Exception {
        Path csv = Files.writeString(dir.resolve("inventory.csv"), "ID,Name,Kind,Tier,Restore,Depends_On\n"
                + "dns,DNS,network,tier-0,5,\n"
                + "shop,Shop,application,tier-1,10m,dns\n");
        dialogs.files.add(csv);

        files.importFile();
        finishBackgroundWork();

        assertEquals("inventory", document.getPlan().name());
        assertEquals(Dependency.hard("shop", "dns"), document.getPlan().dependency("shop", "dns").orElseThrow());
        assertNull(document.getFile());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void aMissingRecentFileIsReportedAndForgotten() {
        Path gone = dir.resolve("gone.rplan.json");
        preferences.recentFiles().add(gone);

        files.open(gone);
        finishBackgroundWork();

        assertEquals(1, dialogs.errors.size());
        assertTrue(preferences.recentFiles().files().isEmpty());
    }
}
