package com.recoveryworkbench.ui.exchange;

import com.recoveryworkbench.ui.files.UserFolders;
import com.recoveryworkbench.analysis.diff.PlanComparison;
import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.files.Dialogs;
import com.recoveryworkbench.ui.files.FileActions;
import com.recoveryworkbench.ui.state.BackgroundTasks;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.stage.Window;

/**
 * File ▸ Compare with…: reads another version of the plan in the background and shows what changed
 * from it to the open plan in a {@link ComparisonWindow}. One comparison at a time: a new one closes
 * the previous window. A file that cannot be read is reported with the reader's message and changes
 * nothing. FX thread only.
 */
public final class CompareAction {
    private final Window owner;
    private final PlanDocument document;
    private final Dialogs dialogs;
    private final BackgroundTasks tasks;
    private final Consumer<PlanComparison> onCompared;
    private ComparisonWindow showing;

    /** @param onCompared gets every report shown, and {@code null} when the comparison window closes */
    public CompareAction(Window owner, PlanDocument document, Dialogs dialogs, BackgroundTasks tasks,
                  Consumer<PlanComparison> onCompared) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.document = Objects.requireNonNull(document, "document");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.onCompared = Objects.requireNonNull(onCompared, "onCompared");
    }

    /** Asks for the other version, then compares. */
    void compareWithFile() {
        Path folder = document.getFile() == null ? UserFolders.documents() : document.getFile().toAbsolutePath().getParent();
        dialogs.chooseOpenFile(folder).ifPresent(this::compareWith);
    }

    void compareWith(Path other) {
        tasks.run(() -> new PlanReader().read(other).plan(), older -> show(new ComparisonWindow(owner, document, older,
                other.getFileName().toString(), false, tasks, onCompared)),
                error -> dialogs.showError("Cannot compare with " + other.getFileName(), FileActions.messageOf(error)));
    }

    /**
     * Compares the open plan, as the older version, with a variant of it held in memory (a what-if of
     * Fix first), as the newer one, named {@code name}; Swap reads it the other way.
     */
    public void compareWithVariant(Plan variant, String name) {
        show(new ComparisonWindow(owner, document, variant, name, true, tasks, onCompared));
    }

    private void show(ComparisonWindow window) {
        if (showing != null) {
            showing.close();
        }
        showing = window;
        showing.show();
    }
}
