package com.recoveryworkbench.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.io.PlanWriter;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.files.Dialogs.ChangedOnDiskChoice;
import com.recoveryworkbench.ui.preferences.WorkbenchPreferences;
import com.recoveryworkbench.ui.state.BackgroundTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save notices when another program changed the plan file since it was opened or saved here. */
class ChangedOnDiskTest {
    @TempDir
    Path dir;

    private final Preferences node = Preferences.userRoot().node("com/recoveryworkbench/test-" + UUID.randomUUID());
    private final Queue<Runnable> worker = new ArrayDeque<>();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final PlanDocument document = new PlanDocument(Plan.empty("Empty"), null);
    private final FileActions files = new FileActions(document, dialogs, new BackgroundTasks(worker::add, Runnable::run),
            new WorkbenchPreferences(node));
    private final Plan shop = Plan.empty("Shop").withService(Service.builder("web", ServiceKind.APPLICATION).build());
    private Path file;

    @BeforeEach
    void openShop() throws Exception {
        file = dir.resolve("shop.rplan.json");
        new PlanWriter().save(shop, file);
        files.open(file);
        finishBackgroundWork();
        document.apply("Add cache", p -> p.withService(Service.builder("cache", ServiceKind.CACHE).build()));
    }

    @AfterEach
    void removePreferences() throws BackingStoreException {
        node.removeNode();
    }

    private void finishBackgroundWork() {
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
    }

    /** What a colleague's commit does: the same file, other content. */
    private Plan changeOnDisk() throws Exception {
        Plan theirs = shop.withName("Shop (their version)");
        Files.writeString(file, new PlanWriter().toJson(theirs));
        return theirs;
    }

    private Plan onDisk() throws Exception {
        return new PlanReader().read(file).plan();
    }

    @Test
    void savingAFileNobodyElseTouchedAsksNothing() throws Exception {
        // Only the time changed (a checkout, a backup tool): the content is what was opened.
        Files.setLastModifiedTime(file, FileTime.fromMillis(0));

        files.save();
        finishBackgroundWork();

        assertEquals(List.of(), dialogs.changedOnDiskFiles);
        assertEquals(document.getPlan(), onDisk());
        assertFalse(document.isDirty());
    }

    @Test
    void cancelLeavesTheirVersionOnDiskAndOurChangesInTheWindow() throws Exception {
        Plan theirs = changeOnDisk();
        dialogs.changedOnDiskAnswers.add(ChangedOnDiskChoice.CANCEL);

        files.save();
        finishBackgroundWork();

        assertEquals(List.of("shop.rplan.json"), dialogs.changedOnDiskFiles);
        assertEquals(theirs, onDisk());
        assertTrue(document.isDirty());
        assertTrue(document.getPlan().service("cache").isPresent());
    }

    @Test
    void overwriteReplacesTheirVersionAndKeepsItAsTheBackup() throws Exception {
        Plan theirs = changeOnDisk();
        dialogs.changedOnDiskAnswers.add(ChangedOnDiskChoice.OVERWRITE);

        files.save();
        finishBackgroundWork();

        assertEquals(document.getPlan(), onDisk());
        assertEquals(theirs, new PlanReader().read(PlanWriter.backupOf(file)).plan());
        assertFalse(document.isDirty());
    }

    @Test
    void afterOverwritingTheNextSaveDoesNotAskAgain() throws Exception {
        changeOnDisk();
        dialogs.changedOnDiskAnswers.add(ChangedOnDiskChoice.OVERWRITE);
        files.save();
        finishBackgroundWork();

        document.apply("Add queue", p -> p.withService(Service.builder("queue", ServiceKind.QUEUE).build()));
        files.save();
        finishBackgroundWork();

        assertEquals(List.of("shop.rplan.json"), dialogs.changedOnDiskFiles);
        assertEquals(document.getPlan(), onDisk());
    }

    @Test
    void reloadShowsTheirVersion() throws Exception {
        Plan theirs = changeOnDisk();
        dialogs.changedOnDiskAnswers.add(ChangedOnDiskChoice.RELOAD);

        files.save();
        finishBackgroundWork();

        assertEquals(theirs, document.getPlan());
        assertFalse(document.isDirty());
        assertEquals(theirs, onDisk());
    }

    @Test
    void saveAsWritesOursElsewhereAndLeavesTheirs() throws Exception {
        Plan theirs = changeOnDisk();
        Path elsewhere = dir.resolve("shop-mine.rplan.json");
        dialogs.changedOnDiskAnswers.add(ChangedOnDiskChoice.SAVE_AS);
        dialogs.files.add(elsewhere);

        files.save();
        finishBackgroundWork();

        assertEquals(theirs, onDisk());
        assertEquals(document.getPlan(), new PlanReader().read(elsewhere).plan());
        assertEquals(elsewhere, document.getFile());
    }

    @Test
    void aFileDeletedMeanwhileIsWrittenAgainWithoutAsking() throws Exception {
        Files.delete(file);

        files.save();
        finishBackgroundWork();

        assertEquals(List.of(), dialogs.changedOnDiskFiles);
        assertEquals(document.getPlan(), onDisk());
    }
}
