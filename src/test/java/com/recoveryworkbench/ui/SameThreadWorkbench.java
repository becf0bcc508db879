package com.recoveryworkbench.ui;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.state.LiveAnalysis;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.time.LocalDate;

/** Window state for panel tests, whose analysis runs synchronously on the calling thread. */
public final class SameThreadWorkbench {
    private SameThreadWorkbench() {
    }

    /** A workbench showing {@code plan} (no file), analysed at once on the thread that edits it. */
    public static WorkbenchState of(Plan plan) {
        return new WorkbenchState(new PlanDocument(plan, null),
                new LiveAnalysis(Runnable::run, Runnable::run, new RecoveryAnalyzer()::analyzeAll));
    }

    /** As {@link #of(Plan)}, judging drill evidence as of {@code today}, so tests never read the clock. */
    public static WorkbenchState of(Plan plan, LocalDate today) {
        return new WorkbenchState(new PlanDocument(plan, null),
                new LiveAnalysis(Runnable::run, Runnable::run, new RecoveryAnalyzer()::analyzeAll, () -> today));
    }
}
