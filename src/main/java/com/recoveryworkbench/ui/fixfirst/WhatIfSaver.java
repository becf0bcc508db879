package com.recoveryworkbench.ui.fixfirst;

import com.recoveryworkbench.io.PlanWriter;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.files.Dialogs;
import com.recoveryworkbench.ui.files.FileActions;
import com.recoveryworkbench.ui.files.PlanFiles;
import com.recoveryworkbench.ui.state.BackgroundTasks;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Saves a what-if as a plan file of its own: asks where ("Retail platform what-if 1.rplan.json" beside the
 * open plan), then writes it off the FX thread, atomically and keeping a backup of a file it replaces,
 * as Save does. It never writes over the open plan's own file, which would change the plan behind the
 * document's back. FX thread only.
 */
public final class WhatIfSaver implements Consumer<WhatIf> {
    private final PlanDocument document;
    private final Dialogs dialogs;
    private final BackgroundTasks tasks;
    private final Consumer<String> activity;

    /** @param activity shows what runs in the status bar ({@code null} when done) */
    public WhatIfSaver(PlanDocument document, Dialogs dialogs, BackgroundTasks tasks, Consumer<String> activity) {
        this.document = Objects.requireNonNull(document, "document");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.activity = Objects.requireNonNull(activity, "activity");
    }

    @Override
    public void accept(WhatIf whatIf) {
        String planFile = PlanFiles.suggestedName(whatIf.plan().name());
        String suggested = planFile.substring(0, planFile.length() - PlanFiles.EXTENSION.length()) + " what-if "
                + whatIf.number() + PlanFiles.EXTENSION;
        dialogs.chooseSaveFile(folder(), suggested).map(PlanFiles::withExtension).ifPresent(target -> save(whatIf, target));
    }

    private void save(WhatIf whatIf, Path target) {
        Path open = document.getFile();
        if (open != null && open.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
            dialogs.showError("Cannot save the what-if as " + target.getFileName(),
                    target.getFileName() + " is the open plan's file. Choose another name; to make the what-if"
                            + " the plan itself, use Try it and Save.");
            return;
        }
        activity.accept("Saving " + target.getFileName() + "…");
        tasks.run(() -> new PlanWriter().save(whatIf.plan(), target), saved -> activity.accept(null), error -> {
            activity.accept(null);
            dialogs.showError("Cannot save " + target.getFileName(), FileActions.messageOf(error));
        });
    }

    private Path folder() {
        Path file = document.getFile();
        return file == null ? null : file.toAbsolutePath().getParent();
    }
}
