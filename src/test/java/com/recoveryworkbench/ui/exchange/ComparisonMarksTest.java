package com.recoveryworkbench.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.analysis.diff.PlanDiff;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.canvas.ChangeMarks;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComparisonMarksTest {
    private final Service web = Service.builder("web", ServiceKind.APPLICATION).build();
    private final Service db = Service.builder("db", ServiceKind.DATABASE).build();
    private final Service cron = Service.builder("cron", ServiceKind.APPLICATION).build();
    private final Plan older = Plan.empty("Shop").withServices(List.of(web, db, cron))
            .withDependency(Dependency.hard("cron", "db"));

    @Test
    void newServicesAreAddedAndADependencyChangeMarksTheServiceThatNeedsIt() {
        Service cache = Service.builder("cache", ServiceKind.CACHE).build();
        Plan newer = older.withService(cache).withDependency(Dependency.hard("web", "cache"));

        assertEquals(new ChangeMarks(Set.of("cache"), Set.of("web"), List.of()),
                ComparisonMarks.of(PlanDiff.compare(older, newer)));
    }

    @Test
    void aRemovedServiceIsAGhostAndNotAlsoChanged() {
        Plan newer = older.withoutServices(List.of("cron"));

        assertEquals(new ChangeMarks(Set.of(), Set.of(), List.of(cron)), ComparisonMarks.of(PlanDiff.compare(older, newer)));
    }

    @Test
    void anEditedFieldMarksTheServiceButAMoveDoesNot() {
        Plan newer = older.withServices(List.of(db.toBuilder().restoreTime(Duration.ofMinutes(30)).build(),
                web.toBuilder().position(500, 500).build()));

        assertEquals(new ChangeMarks(Set.of(), Set.of("db"), List.of()), ComparisonMarks.of(PlanDiff.compare(older, newer)));
    }
}
