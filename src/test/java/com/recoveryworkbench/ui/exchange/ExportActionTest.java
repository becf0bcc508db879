package com.recoveryworkbench.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.io.export.ExportFormat;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.FoldedGroups;
import com.recoveryworkbench.model.GroupKind;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.files.ExportChoice;
import com.recoveryworkbench.ui.files.ScriptedDialogs;
import com.recoveryworkbench.ui.state.BackgroundTasks;
import com.recoveryworkbench.ui.state.LiveAnalysis;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File ▸ Export… without a window: background work runs when the test says so, dialogs are scripted. */
class ExportActionTest {
    @TempDir
    Path dir;

    private final Queue<Runnable> worker = new ArrayDeque<>();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> activity = new ArrayList<>();
    private final Plan shop = Plan.empty("Shop")
            .withServices(List.of(
                    Service.builder("web", ServiceKind.APPLICATION).restoreTime(Duration.ofMinutes(5)).build(),
                    Service.builder("db", ServiceKind.DATABASE).restoreTime(Duration.ofMinutes(40)).position(0, 200)
                            .build()))
            .withDependency(Dependency.hard("web", "db"));
    private final WorkbenchState workbench = new WorkbenchState(new PlanDocument(shop, null),
            new LiveAnalysis(Runnable::run, Runnable::run, new RecoveryAnalyzer()::analyzeAll));
    private final ExportAction export = new ExportAction(workbench, dialogs, new BackgroundTasks(worker::add, Runnable::run),
            activity::add, Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));

    private void finishBackgroundWork() {
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
    }

    @Test
    void aRunbookIsWrittenForTheWholePlanDatedToday() throws Exception {
        Path target = dir.resolve("runbook.md");
        dialogs.exportAnswers.add(Optional.of(new ExportChoice(ExportFormat.RUNBOOK_MD, false)));
        dialogs.files.add(target);

        export.export();
        assertFalse(Files.exists(target), "written on the worker, not on the FX thread");
        finishBackgroundWork();

        String runbook = Files.readString(target);
        assertTrue(runbook.contains("2026-11-26"), runbook);
        assertTrue(runbook.contains("db") && runbook.contains("web"), runbook);
        assertEquals(List.of("Exporting runbook.md…"), activity.subList(0, 1));
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aPictureOfTheSelectionShowsOnlyTheSelectedServices() throws Exception {
        Path whole = dir.resolve("whole.png");
        Path selected = dir.resolve("selected.png");
        dialogs.exportAnswers.add(Optional.of(new ExportChoice(ExportFormat.PNG, false)));
        dialogs.files.add(whole);
        export.export();
        workbench.selection().selectServices(Set.of("web"));
        dialogs.exportAnswers.add(Optional.of(new ExportChoice(ExportFormat.PNG, true)));
        dialogs.files.add(selected);
        export.export();
        finishBackgroundWork();

        BufferedImage all = ImageIO.read(whole.toFile());
        BufferedImage one = ImageIO.read(selected.toFile());
        // The two cards sit one above the other: the selection's picture is shorter.
        assertTrue(one.getHeight() < all.getHeight(), one.getHeight() + " vs " + all.getHeight());
    }

    @Test
    void aPictureFoldsTheGroupsOfTheKindTheMapShows() throws Exception {
        workbench.document().apply("group", p -> p.withServices(List.of(
                p.service("db").orElseThrow().toBuilder().group("Data").build()))
                .withFolded(FoldedGroups.NONE.with(GroupKind.GROUP, List.of("Data"))));
        export.setPictureGroups(() -> GroupKind.GROUP);
        Path target = dir.resolve("groups.svg");
        dialogs.exportAnswers.add(Optional.of(new ExportChoice(ExportFormat.SVG, false)));
        dialogs.files.add(target);

        export.export();
        finishBackgroundWork();

        String svg = Files.readString(target);
        assertTrue(svg.contains("<g class=\"folded\" data-region=\"Data\""), "the folded group Data is drawn: " + svg);
    }

    @Test
    void cancellingTheDialogWritesNothing() {
        dialogs.exportAnswers.add(Optional.empty());

        export.export();
        finishBackgroundWork();

        assertEquals(List.of(), activity);
    }

    @Test
    void aFileThatCannotBeWrittenIsReported() {
        dialogs.exportAnswers.add(Optional.of(new ExportChoice(ExportFormat.CSV, false)));
        dialogs.files.add(dir.resolve("no-such-folder").resolve("table.csv"));

        export.export();
        finishBackgroundWork();

        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("no-such-folder"), dialogs.errors::toString);
    }
}
