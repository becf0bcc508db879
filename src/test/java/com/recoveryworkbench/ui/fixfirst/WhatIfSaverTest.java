package com.recoveryworkbench.ui.fixfirst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.io.PlanWriter;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.files.ScriptedDialogs;
import com.recoveryworkbench.ui.state.BackgroundTasks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save as… of a pinned what-if: a plan file of its own beside the open plan, never over the open plan's file. */
class WhatIfSaverTest {
    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> activity = new ArrayList<>();

    private static Plan web(long minutes) {
        return Plan.empty("Shop").withServices(List.of(Service.builder("web", ServiceKind.APPLICATION).name("Web")
                .tier("tier-1").restoreTime(Duration.ofMinutes(minutes)).position(0, 0).build()));
    }

    private WhatIfSaver saver(PlanDocument document) {
        return new WhatIfSaver(document, dialogs, new BackgroundTasks(Runnable::run, Runnable::run),
                doing -> activity.add(String.valueOf(doing)));
    }

    @Test
    void savesTheWhatIfAsAPlanFileOfItsOwnBesideTheOpenPlan() throws Exception {
        Path open = dir.resolve("shop.rplan.json");
        new PlanWriter().save(web(90), open);
        PlanDocument document = new PlanDocument(web(90), open);
        WhatIf whatIf = new WhatIf(2, "Restore Web in 1h (now 1h30m)", web(60));
        dialogs.files.add(dir.resolve("shop faster"));

        saver(document).accept(whatIf);

        Path written = dir.resolve("shop faster.rplan.json");
        assertEquals(new PlanWriter().toJson(web(60)), Files.readString(written, StandardCharsets.UTF_8));
        assertEquals(web(60), new PlanReader().read(written).plan());
        assertEquals(List.of(dir.toAbsolutePath()), dialogs.saveFolders);
        assertEquals(List.of("Saving shop faster.rplan.json…", "null"), activity);
        assertEquals(web(90), new PlanReader().read(open).plan(), "the open plan's file is untouched");
    }

    @Test
    void refusesToWriteOverTheOpenPlansFile() throws Exception {
        Path open = dir.resolve("shop.rplan.json");
        new PlanWriter().save(web(90), open);
        byte[] before = Files.readAllBytes(open);
        PlanDocument document = new PlanDocument(web(90), open);
        dialogs.files.add(open);

        saver(document).accept(new WhatIf(1, "Restore Web in 1h (now 1h30m)", web(60)));

        assertTrue(dialogs.errors.get(0).startsWith("shop.rplan.json is the open plan's file."), dialogs.errors.toString());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(open, StandardCharsets.UTF_8));
        assertTrue(activity.isEmpty());
    }
}
