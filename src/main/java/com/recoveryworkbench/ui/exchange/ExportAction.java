package com.recoveryworkbench.ui.exchange;

import com.recoveryworkbench.ui.files.UserFolders;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.io.AtomicFileWriter;
import com.recoveryworkbench.io.export.Exported;
import com.recoveryworkbench.model.GroupKind;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.files.Dialogs;
import com.recoveryworkbench.ui.files.ExportChoice;
import com.recoveryworkbench.ui.files.FileActions;
import com.recoveryworkbench.ui.files.PlanFiles;
import com.recoveryworkbench.ui.state.BackgroundTasks;
import com.recoveryworkbench.ui.state.Selection;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * File ▸ Export…: asks for a format (and, for a picture, whether just the selection) and a file, then
 * analyses, renders and writes the plan as it was when asked, off the FX thread, atomically, and says
 * where it was written (with Open Folder). A file that cannot be written is reported and nothing else
 * changes. FX thread only.
 */
public final class ExportAction {
    private final PlanDocument document;
    private final Selection selection;
    private final Dialogs dialogs;
    private final BackgroundTasks tasks;
    private final Consumer<String> activity;
    private final Clock clock;
    private Supplier<GroupKind> pictureGroups = () -> GroupKind.REGION;

    public ExportAction(WorkbenchState workbench, Dialogs dialogs, BackgroundTasks tasks, Consumer<String> activity, Clock clock) {
        this.document = workbench.document();
        this.selection = workbench.selection();
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.activity = Objects.requireNonNull(activity, "activity");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The kind of group a picture boxes and folds, asked at each export: the kind the map's lanes show, so the
     * picture shows the folds the person sees. Regions until set; {@code null} from it also means regions.
     */
    public void setPictureGroups(Supplier<GroupKind> groups) {
        pictureGroups = Objects.requireNonNull(groups, "groups");
    }

    void export() {
        Plan plan = document.getPlan();
        Set<String> selected = Set.copyOf(selection.getServices());
        dialogs.askExport(selected.size()).ifPresent(choice -> {
            String name = PlanFiles.suggestedName(plan.name());
            String suggested = name.substring(0, name.length() - PlanFiles.EXTENSION.length())
                    + (choice.selectionOnly() ? " (selection)" : "") + "." + choice.format().extension();
            dialogs.chooseExportFile(folder(), suggested, choice.format())
                    .ifPresent(target -> write(plan, choice, choice.selectionOnly() ? selected : Set.of(), groups(),
                            target));
        });
    }

    private GroupKind groups() {
        GroupKind groups = pictureGroups.get();
        return groups == null ? GroupKind.REGION : groups;
    }

    private void write(Plan plan, ExportChoice choice, Set<String> services, GroupKind groups, Path target) {
        LocalDate today = LocalDate.now(clock);
        activity.accept("Exporting " + target.getFileName() + "…");
        tasks.run(() -> {
            Exported exported = choice.format().render(plan, new RecoveryAnalyzer().analyze(plan), today, services,
                    groups);
            new AtomicFileWriter().write(exported.bytes(), target);
            return exported;
        }, exported -> {
            activity.accept(null);
            dialogs.showExported(target, exported.warnings());
        }, error -> {
            activity.accept(null);
            dialogs.showError("Cannot export " + target.getFileName(), FileActions.messageOf(error));
        });
    }

    private Path folder() {
        Path file = document.getFile();
        return file == null ? UserFolders.documents() : file.toAbsolutePath().getParent();
    }
}
