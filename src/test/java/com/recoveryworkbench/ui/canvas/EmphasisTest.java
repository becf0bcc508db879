package com.recoveryworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.state.HighlightMode;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmphasisTest {
    private static Service service(String id, int minutes) {
        return Service.builder(id, ServiceKind.APPLICATION).restoreTime(Duration.ofMinutes(minutes)).build();
    }

    // checkout -> auth -> db (40m) is the slow chain; checkout -> cache (2m) is not on the critical path.
    // web -> checkout makes web a dependent of checkout; report -> db is a dependent of db only.
    private final Plan plan = Plan.empty("Shop")
            .withServices(List.of(service("checkout", 8), service("auth", 4), service("db", 40), service("cache", 2),
                    service("web", 1), service("report", 5)))
            .withDependencies(List.of(Dependency.hard("checkout", "auth"), Dependency.hard("auth", "db"),
                    Dependency.hard("checkout", "cache"), Dependency.hard("web", "checkout"),
                    Dependency.hard("report", "db")));
    private final Analysis analysis = new RecoveryAnalyzer().analyze(plan);

    @Test
    void criticalPathModeEmphasisesTheChainThatSetsTheUpTime() {
        Emphasis e = Emphasis.of(analysis, Set.of("checkout"), HighlightMode.CRITICAL_PATH);

        assertTrue(e.isActive());
        assertTrue(e.emphasises("checkout") && e.emphasises("auth") && e.emphasises("db"));
        assertFalse(e.emphasises("cache"));
        assertFalse(e.emphasises("web"));
        assertTrue(e.emphasises(Dependency.hard("checkout", "auth")));
        assertTrue(e.emphasises(Dependency.hard("auth", "db")));
        assertFalse(e.emphasises(Dependency.hard("checkout", "cache")));
        assertFalse(e.emphasises(Dependency.hard("report", "db")));
    }

    @Test
    void impactModeEmphasisesTheServiceAndEverythingThatDependsOnIt() {
        Emphasis e = Emphasis.of(analysis, Set.of("auth"), HighlightMode.IMPACT);

        assertTrue(e.emphasises("auth") && e.emphasises("checkout") && e.emphasises("web"));
        assertFalse(e.emphasises("db"));
        assertFalse(e.emphasises("report"));
        assertTrue(e.emphasises(Dependency.hard("checkout", "auth")));
        assertTrue(e.emphasises(Dependency.hard("web", "checkout")));
        assertFalse(e.emphasises(Dependency.hard("auth", "db")));
    }

    @Test
    void nothingIsHighlightedWithoutExactlyOneAnalysedServiceSelected() {
        assertSame(Emphasis.NONE, Emphasis.of(null, Set.of("auth"), HighlightMode.IMPACT));
        assertSame(Emphasis.NONE, Emphasis.of(analysis, Set.of(), HighlightMode.IMPACT));
        assertSame(Emphasis.NONE, Emphasis.of(analysis, Set.of("auth", "db"), HighlightMode.CRITICAL_PATH));
        assertSame(Emphasis.NONE, Emphasis.of(analysis, Set.of("added-after-analysis"), HighlightMode.CRITICAL_PATH));
        assertFalse(Emphasis.NONE.isActive());
        assertFalse(Emphasis.NONE.emphasises(Dependency.hard("auth", "db")));
    }

    @Test
    void aFilterAloneDimsEveryServiceOutsideItAndEveryArrow() {
        Emphasis e = Emphasis.NONE.filteredTo(Set.of("db", "report"));

        assertTrue(e.isActive());
        assertTrue(e.emphasises("db") && e.emphasises("report"));
        assertFalse(e.emphasises("auth"));
        assertFalse(e.emphasises(Dependency.hard("report", "db")));
        assertSame(Emphasis.NONE, Emphasis.NONE.filteredTo(null));
    }

    @Test
    void aFilterOverAHighlightKeepsOnlyWhatBothBringForward() {
        // Critical path of checkout is checkout -> auth -> db; the filter drops auth.
        Emphasis e = Emphasis.of(analysis, Set.of("checkout"), HighlightMode.CRITICAL_PATH)
                .filteredTo(Set.of("checkout", "db", "cache"));

        assertTrue(e.emphasises("checkout") && e.emphasises("db"));
        assertFalse(e.emphasises("auth"));
        assertFalse(e.emphasises("cache"));
        assertFalse(e.emphasises(Dependency.hard("auth", "db")));
    }

    @Test
    void aroundEmphasisesAllAServiceNeedsAndAllThatNeedsItWithTheArrowsOfThoseChains() {
        // auth needs db (and nothing else); checkout needs auth, web needs checkout.
        Emphasis e = Emphasis.around(plan, "auth");

        assertTrue(e.isActive());
        assertTrue(e.emphasises("auth") && e.emphasises("db") && e.emphasises("checkout") && e.emphasises("web"));
        // cache is only another need of checkout; report only needs db too: neither is on a chain.
        assertFalse(e.emphasises("cache"));
        assertFalse(e.emphasises("report"));
        assertTrue(e.emphasises(Dependency.hard("auth", "db")));
        assertTrue(e.emphasises(Dependency.hard("checkout", "auth")));
        assertTrue(e.emphasises(Dependency.hard("web", "checkout")));
        assertFalse(e.emphasises(Dependency.hard("checkout", "cache")));
        assertFalse(e.emphasises(Dependency.hard("report", "db")));
        assertSame(Emphasis.NONE, Emphasis.around(plan, "no-such-service"));
    }
}
