package com.recoveryworkbench.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.files.ScriptedDialogs;
import com.recoveryworkbench.ui.state.BackgroundTasks;
import com.recoveryworkbench.ui.state.LiveAnalysis;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File ▸ Merge from File… without a window: background work runs when the test says so, dialogs are scripted. */
class MergeActionTest {
    private static final String CATALOG = """
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: web
              title: Web shop
            spec:
              type: website
              owner: group:default/shop-team
              dependsOn:
                - component:auth
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: auth
            spec:
              type: service
              owner: identity
            """;

    @TempDir
    Path dir;

    private final Queue<Runnable> worker = new ArrayDeque<>();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Service web = Service.builder("web", ServiceKind.APPLICATION).name("Web").tier("tier-1")
            .restoreTime(Duration.ofMinutes(5)).owner("Old team").position(400, 120).build();
    private final Plan worked = Plan.empty("Shop").withService(web);
    private final PlanDocument document = new PlanDocument(worked, null);
    private final WorkbenchState workbench = new WorkbenchState(document,
            new LiveAnalysis(Runnable::run, Runnable::run, new RecoveryAnalyzer()::analyzeAll));
    private final MergeAction merge = new MergeAction(workbench, dialogs, new BackgroundTasks(worker::add, Runnable::run),
            doing -> { });

    private void finishBackgroundWork() {
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
    }

    @Test
    void aCatalogUpdatesWhatItKnowsAddsTheRestAndIsOneUndoStep() throws Exception {
        dialogs.files.add(Files.writeString(dir.resolve("catalog-info.yaml"), CATALOG));

        merge.mergeFromFile();
        finishBackgroundWork();

        Plan merged = document.getPlan();
        Service mergedWeb = merged.service("web").orElseThrow();
        assertEquals("Web shop", mergedWeb.name());
        assertEquals("shop-team", mergedWeb.owner());
        // What a catalog does not know stays as the plan had it.
        assertEquals(Duration.ofMinutes(5), mergedWeb.restoreTime());
        assertEquals("tier-1", mergedWeb.tier());
        assertEquals(new Position(400, 120), mergedWeb.position());
        assertTrue(merged.service("auth").isPresent());
        assertEquals(Dependency.hard("web", "auth"), merged.dependency("web", "auth").orElseThrow());
        assertEquals(Set.of("auth", "web"), workbench.selection().getServices());
        assertEquals(List.of("1 service added, 1 updated, 0 unchanged; 1 dependency added. Undo takes it all back."),
                dialogs.notices);

        document.undo();

        assertEquals(worked, document.getPlan());
    }

    @Test
    void editsMadeWhileTheFileWasReadAreKept() throws Exception {
        dialogs.files.add(Files.writeString(dir.resolve("catalog-info.yaml"), CATALOG));

        merge.mergeFromFile();
        document.apply("Add cache", p -> p.withService(Service.builder("cache", ServiceKind.CACHE).build()));
        finishBackgroundWork();

        assertTrue(document.getPlan().service("cache").isPresent());
        assertTrue(document.getPlan().service("auth").isPresent());
    }

    @Test
    void aBrokenFileMergesNothingAndSaysWhere() throws Exception {
        dialogs.files.add(Files.writeString(dir.resolve("drawing.dot"), "digraph {\n  a -> ;\n}\n"));

        merge.mergeFromFile();
        finishBackgroundWork();

        assertEquals(worked, document.getPlan());
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("drawing.dot:2:"), dialogs.errors::toString);
    }
}
