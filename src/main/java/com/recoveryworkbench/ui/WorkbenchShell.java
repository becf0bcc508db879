package com.recoveryworkbench.ui;

import com.recoveryworkbench.ui.menus.GettingStarted;
import com.recoveryworkbench.ui.files.SamplePlans;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.layout.ElkPlanLayout;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.ui.canvas.LaneGrouping;
import com.recoveryworkbench.ui.canvas.PlanCanvasView;
import com.recoveryworkbench.ui.compliance.ComplianceTableView;
import com.recoveryworkbench.ui.drills.DrillImportAction;
import com.recoveryworkbench.ui.drills.DrillsView;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.exchange.CompareAction;
import com.recoveryworkbench.ui.exchange.ComparisonMarks;
import com.recoveryworkbench.ui.exchange.ExportAction;
import com.recoveryworkbench.ui.exchange.MergeAction;
import com.recoveryworkbench.ui.exchange.PlanExchange;
import com.recoveryworkbench.ui.files.Autosave;
import com.recoveryworkbench.ui.files.Dialogs;
import com.recoveryworkbench.ui.files.FileActions;
import com.recoveryworkbench.ui.files.PlanFileDrop;
import com.recoveryworkbench.ui.files.RecoveryFiles;
import com.recoveryworkbench.ui.findings.FindingsView;
import com.recoveryworkbench.ui.fixfirst.FixFirstModel;
import com.recoveryworkbench.ui.fixfirst.FixFirstView;
import com.recoveryworkbench.ui.fixfirst.WhatIfSaver;
import com.recoveryworkbench.ui.inspector.InspectorView;
import com.recoveryworkbench.ui.menus.ArrangeAction;
import com.recoveryworkbench.ui.menus.ClipboardActions;
import com.recoveryworkbench.ui.menus.WorkbenchMenus;
import com.recoveryworkbench.ui.preferences.WindowMemory;
import com.recoveryworkbench.ui.preferences.WorkbenchPreferences;
import com.recoveryworkbench.ui.present.PresentationMode;
import com.recoveryworkbench.ui.proven.BasisBadge;
import com.recoveryworkbench.ui.scenarios.MatrixCsvExport;
import com.recoveryworkbench.ui.scenarios.ScenarioMatrixView;
import com.recoveryworkbench.ui.scenarios.ScenariosView;
import com.recoveryworkbench.ui.scenarios.WhatIfMenu;
import com.recoveryworkbench.ui.state.BackgroundTasks;
import com.recoveryworkbench.ui.state.LiveAnalysis;
import com.recoveryworkbench.ui.state.WorkbenchState;
import com.recoveryworkbench.ui.theme.Theme;
import com.recoveryworkbench.ui.theme.ThemeSwitcher;
import com.recoveryworkbench.ui.tiers.TierPoliciesView;
import com.recoveryworkbench.ui.timeline.RestoreTimelineView;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Assembles the workbench window on a stage: the shared {@link WorkbenchState}, its views, menus, toolbar
 * and status bar, file actions, preferences and the startup plan. {@link WorkbenchApp} uses it with
 * the person's preferences and real dialogs; end-to-end tests with a throw-away preferences node and
 * scripted dialogs. FX thread only.
 */
public final class WorkbenchShell {
    static final String THEME_PROPERTY = "recoveryworkbench.theme";

    private final Stage stage;
    private final WorkbenchPreferences preferences;
    private final WorkbenchState workbench;
    private final FileActions files;
    private final PlanCanvasView canvas;
    private final WindowMemory windowMemory;
    private final WorkbenchLayout layout;
    private final BorderPane root = new BorderPane();
    private final PresentationMode presentation;
    private final BackgroundTasks layoutTasks;
    private final Autosave autosave;
    private final RecoveryFiles recoveries;
    private final Dialogs questions;
    private Runnable onQuit = () -> { };

    /** {@code recoveries}: where unsaved plans are autosaved (every {@link Autosave#INTERVAL}) and looked for at startup. */
    public WorkbenchShell(Stage stage, WorkbenchPreferences preferences, Function<Window, Dialogs> dialogs,
                          RecoveryFiles recoveries) {
        this(stage, preferences, dialogs, recoveries, Autosave.INTERVAL);
    }

    /** As the public constructor, autosaving every {@code autosaveInterval} (tests that cannot wait 30 s). */
    WorkbenchShell(Stage stage, WorkbenchPreferences preferences, Function<Window, Dialogs> dialogs,
                   RecoveryFiles recoveries, Duration autosaveInterval) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.recoveries = Objects.requireNonNull(recoveries, "recoveries");
        PlanDocument document = new PlanDocument(Plan.empty(FileActions.UNTITLED_PLAN), null);
        LiveAnalysis analysis = new LiveAnalysis(BackgroundTasks.daemonExecutor("analysis"), Platform::runLater,
                new RecoveryAnalyzer()::analyzeAll, WorkbenchShell::today);
        workbench = new WorkbenchState(document, analysis, BackgroundTasks.daemonExecutor("uncertainty"));
        questions = dialogs.apply(stage);
        BackgroundTasks tasks = BackgroundTasks.onDaemonThread("plan-files");
        files = new FileActions(document, questions, tasks, preferences);
        autosave = new Autosave(document, recoveries, BackgroundTasks.daemonExecutor("autosave"),
                Clock.systemUTC());
        files.setOnDiscard(autosave::discarded);
        autosave.start(autosaveTimer(), Platform::runLater, autosaveInterval);
        canvas = new PlanCanvasView(workbench);
        root.setId("workbench");
        Scene scene = new Scene(root);
        ThemeSwitcher themes = new ThemeSwitcher(scene, canvas, preferences::setTheme, startupTheme(preferences));
        presentation = new PresentationMode(workbench, canvas, stage, this::hideChrome, themes.overrideProperty());
        Node map = new EmptyPlanLinks(presentation.node(), document.planProperty(), files.activityProperty(),
                () -> GettingStarted.show(stage), () -> SamplePlans.open(files, SamplePlans.ALL.get(0))).node();
        // The panels behind the tabs not shown first are made when their tab is first selected.
        layout = new WorkbenchLayout(map, new InspectorView(workbench).node(),
                () -> new TierPoliciesView(workbench).node(), new ComplianceTableView(workbench).node(),
                () -> new RestoreTimelineView(workbench).node(), () -> new FindingsView(workbench).node());
        CompareAction compare = new CompareAction(stage, document, questions, tasks,
                comparison -> canvas.changeMarksProperty().set(comparison == null ? null : ComparisonMarks.of(comparison)));
        addFixFirst(compare, tasks);
        layout.addSideTab("Scenarios", "tab-scenarios", () -> new ScenariosView(workbench).node());
        // Made when its tab is first selected, or when File ▸ Import Drill Results… shows the drill it added.
        Supplier<DrillsView> drills = new OnFirstUse<>(() -> new DrillsView(workbench, WorkbenchShell::today));
        layout.addSideTab("Drills", "tab-drills", () -> drills.get().node());
        DrillImportAction drillImport = new DrillImportAction(document, questions, tasks, files::showActivity,
                WorkbenchShell::today, id -> drills.get().showDrill(id));
        layout.addBottomTab("Scenario matrix", "tab-scenario-matrix", () -> new ScenarioMatrixView(workbench,
                new MatrixCsvExport(document, questions, tasks, files::showActivity)).node());
        new WhatIfMenu(workbench, canvas);
        layoutTasks = BackgroundTasks.onDaemonThread("layout");
        ArrangeAction arranger = new ArrangeAction(workbench, layoutTasks, new ElkPlanLayout(),
                error -> questions.showError("Cannot arrange the plan", String.valueOf(error)));
        arranger.setAfterArrange(presentation::fitMap);
        arranger.setBeforeArrange(canvas::animateNextChange);
        arranger.setAspectRatio(canvas::aspectRatio);
        canvas.busyProperty().bind(files.activityProperty());
        arranger.directionProperty().set(preferences.arrangeDirection());
        arranger.directionProperty().addListener((o, was, now) -> preferences.setArrangeDirection(now));
        ExportAction export = new ExportAction(workbench, questions, tasks, files::showActivity,
                Clock.systemDefaultZone());
        // Pictures box and fold the groups the lanes show (regions while there are none).
        export.setPictureGroups(() -> {
            LaneGrouping lanes = canvas.laneGroupingProperty().get();
            return lanes == null ? null : lanes.kind();
        });
        PlanExchange exchange = new PlanExchange(compare, export,
                new MergeAction(workbench, questions, tasks, files::showActivity));
        WorkbenchMenus menus = new WorkbenchMenus(workbench, files, exchange, preferences.recentFiles(),
                new ClipboardActions(workbench), arranger, canvas, layout.panelsShownProperty(),
                themes.themeProperty(), presentation, stage,
                drillImport::importResults);
        WorkbenchStatusBar status = new WorkbenchStatusBar(analysis, workbench.costs(), files.activityProperty(),
                canvas.refusalProperty(), canvas.zoomProperty());

        root.setTop(new VBox(menus.menuBar(), menus.toolRow()));
        root.setCenter(layout.node());
        status.node().getRightItems().add(0, BasisBadge.of(workbench.basisProperty()));
        root.setBottom(status.node());
        menus.installShortcuts(scene);
        PlanFileDrop.install(scene, files);
        stage.setScene(scene);
        stage.titleProperty().bind(WindowTitle.of(document, workbench.basisProperty()));
        windowMemory = WindowMemory.attach(stage, preferences);
        files.setQuitAction(this::quit);
        // After the new plan's first layout pass, so the canvas knows its size.
        files.setAfterOpen(() -> Platform.runLater(() -> {
            presentation.fitMap();
            canvas.keepNamesReadable();
        }));
        stage.setOnCloseRequest(event -> {
            // The window closes only through quit(), after unsaved changes were dealt with.
            event.consume();
            files.quit();
        });
    }

    /** The day drills are judged as of and new drills take: the person's calendar day. */
    private static LocalDate today() {
        return LocalDate.now(ZoneId.systemDefault());
    }

    /** The Fix first tab beside Findings, made when first selected; it computes advice only while its tab is selected. */
    private void addFixFirst(CompareAction compare, BackgroundTasks tasks) {
        FixFirstModel model = new FixFirstModel(workbench, BackgroundTasks.daemonExecutor("advice"), Platform::runLater);
        Tab tab = layout.addBottomTab("Fix first", "tab-fix-first", () -> new FixFirstView(model,
                compare::compareWithVariant, new WhatIfSaver(workbench.document(), questions, tasks, files::showActivity))
                .node());
        model.activeProperty().bind(tab.selectedProperty());
    }

    /** The theme to start with: {@code -Drecoveryworkbench.theme=dark} (or light, high-contrast) wins over the remembered one. */
    private static Theme startupTheme(WorkbenchPreferences preferences) {
        return Theme.named(System.getProperty(THEME_PROPERTY)).orElseGet(preferences::theme);
    }

    /** Hides menus, toolbar, panels and status bar for presentation mode; returns what shows them again. */
    private Runnable hideChrome() {
        Node top = root.getTop();
        Node bottom = root.getBottom();
        Runnable showPanels = layout.hidePanels();
        showChrome(top, bottom, false);
        return () -> {
            showPanels.run();
            showChrome(top, bottom, true);
        };
    }

    /** Kept in the scene while hidden, so menu shortcuts (F5 to leave, Ctrl+Z while presenting) still work. */
    private static void showChrome(Node top, Node bottom, boolean shown) {
        for (Node node : new Node[] {top, bottom}) {
            node.setVisible(shown);
            node.setManaged(shown);
        }
    }

    private static ScheduledExecutorService autosaveTimer() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "autosave-timer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * What runs on the FX thread after the window closed on Quit and the autosave worker settled the
     * recovery files ({@code Platform::exit} in the app).
     */
    public void setOnQuit(Runnable action) {
        onQuit = Objects.requireNonNull(action, "action");
    }

    /** Shows the window at once, then opens the startup plan in the background. */
    public void show(StartupOptions options) {
        stage.show();
        // After the first layout pass, which sizes the split panes from their contents.
        Platform.runLater(layout::placeDividers);
        // ELK takes about a second to load; pay it now rather than at the first Arrange. A failure here
        // shows again, with its message, when the person arranges.
        layoutTasks.run(() -> {
            ElkPlanLayout.warmUp();
            return null;
        }, loaded -> { }, error -> { });
        if (offerRecovery()) {
            return;
        }
        if (options.plan().isPresent()) {
            files.open(options.plan().get());
            return;
        }
        var last = preferences.lastPlan().filter(Files::isRegularFile);
        if (last.isPresent()) {
            files.open(last.get());
        } else if (BundledSample.isAvailable()) {
            files.openUntitled("the sample plan", BundledSample::read);
        }
    }

    /** Offers the newest autosaved plan, if any; true when the person chose to restore it. */
    private boolean offerRecovery() {
        var newest = recoveries.find().stream().findFirst();
        if (newest.isEmpty() || !questions.askRestore(newest.get().question(ZoneId.systemDefault()))) {
            return false;
        }
        RecoveryFiles.Recovery recovery = newest.get();
        files.restoreUnsaved(recovery.planName(), recovery.original().orElse(null), () -> recoveries.load(recovery));
        return true;
    }

    private void quit() {
        // So the window's remembered size is its own, not the full screen's.
        presentation.leave();
        windowMemory.store();
        preferences.flush();
        stage.hide();
        // After the recovery delete a last save or "Don't Save" queued, which must not outlive the program.
        autosave.afterPendingWork(() -> Platform.runLater(onQuit));
    }

    /** The state the window shows; end-to-end tests read the plan and selection through it. */
    public WorkbenchState workbench() {
        return workbench;
    }

    /** Full-screen presentation of the map and its restore story (F5). */
    public PresentationMode presentation() {
        return presentation;
    }

    /** The map; end-to-end tests turn plan positions into screen points through its viewport. */
    public PlanCanvasView canvas() {
        return canvas;
    }
}
