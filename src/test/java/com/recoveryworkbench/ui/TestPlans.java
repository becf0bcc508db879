package com.recoveryworkbench.ui;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.state.LiveAnalysis;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.time.Duration;
import java.util.List;

/**
 * The checkout example of docs/design.md: Checkout (tier-0, 8m) hard-depends on Auth (tier-1, 4m), which
 * hard-depends on Legacy DB (tier-1, 40m); Catalog (tier-2, 10m, owner web) soft-depends on Auth.
 * Without delay: Legacy DB up at 40m, Auth at 44m, Checkout at 52m, Catalog at 10m.
 */
public final class TestPlans {
    private TestPlans() {
    }

    public static Plan checkout() {
        Service db = Service.builder("legacy-db", ServiceKind.DATABASE).name("Legacy DB").tier("tier-1")
                .restoreTime(Duration.ofMinutes(40)).owner("data").build();
        Service auth = Service.builder("auth", ServiceKind.IDENTITY).name("Auth").tier("tier-1")
                .restoreTime(Duration.ofMinutes(4)).owner("platform").build();
        Service checkout = Service.builder("checkout", ServiceKind.APPLICATION).name("Checkout").tier("tier-0")
                .restoreTime(Duration.ofMinutes(8)).owner("web").build();
        Service catalog = Service.builder("catalog", ServiceKind.APPLICATION).name("Catalog").tier("tier-2")
                .restoreTime(Duration.ofMinutes(10)).owner("web").build();
        return Plan.empty("Shop").withServices(List.of(db, auth, checkout, catalog))
                .withDependencies(List.of(Dependency.hard("checkout", "auth"), Dependency.hard("auth", "legacy-db"),
                        Dependency.soft("catalog", "auth")));
    }

    /** A workbench whose analysis runs synchronously on the calling thread. */
    public static WorkbenchState workbench(Plan plan) {
        return new WorkbenchState(new PlanDocument(plan, null),
                new LiveAnalysis(Runnable::run, Runnable::run, new RecoveryAnalyzer()::analyzeAll));
    }
}
