package com.recoveryworkbench.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.analysis.diff.PlanDiff;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffTextTest {

    @Test
    void everySectionUsesPlusMinusAndTildeMarkers() {
        // Default tiers: tier-2 is RTO 4h. API (10m) hard-depends on DB (20m): DB up 20m, API up 30m.
        Service db = Service.builder("db", ServiceKind.DATABASE).name("DB").restoreTime(Duration.ofMinutes(20))
                .stateful(false).build();
        Service api = Service.builder("api", ServiceKind.APPLICATION).name("API").restoreTime(Duration.ofMinutes(10))
                .build();
        Service cron = Service.builder("cron", ServiceKind.APPLICATION).restoreTime(Duration.ofMinutes(1)).build();
        Plan old = Plan.empty("Shop").withServices(List.of(db, api, cron))
                .withDependencies(List.of(Dependency.hard("api", "db"), Dependency.hard("cron", "db")));
        // The new version drops cron, adds a cache API soft-depends on, lets API depend on DB softly
        // (API is up at 10m), retires tier-3 and declares the outage after 5m: everything moves by 5m.
        Service cache = Service.builder("cache", ServiceKind.CACHE).name("Cache").restoreTime(Duration.ofMinutes(2))
                .build();
        Plan neu = old.withoutServices(List.of("cron")).withService(cache)
                .withDependencies(List.of(Dependency.soft("api", "db"), Dependency.soft("api", "cache")))
                .withTiers(TierPolicy.defaults().subList(0, 3))
                .withSettings(new Settings(Duration.ofMinutes(5), Settings.UNLIMITED));

        String report = DiffText.render(PlanDiff.compare(old, neu));

        assertEquals("""
                Services
                  + cache (Cache): cache, tier-2, restore 2m
                  - cron

                Dependencies
                  + api → cache (soft)
                  - cron → db (hard)
                  ~ api → db: hard → soft

                Tiers
                  - tier-3 (Administrative)

                Settings
                  ~ declarationDelay: 0s → 5m

                Recovery effect
                  makespan: 30m → 25m
                  ~ api (API): wave 2 → 1, up 30m → 15m, still OK
                  + cache (Cache): wave 1, up 7m, OK
                  - cron: was wave 2, up 21m, OK
                  ~ db (DB): up 20m → 25m, still OK
                """, report);
    }
}
