package com.recoveryworkbench.analysis.diff;

import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.time.Duration;
import java.util.List;

/**
 * The checkout example with the default tiers (tier-0 RTO 15m, tier-1 1h, tier-2 4h): Checkout
 * (tier-0, 8m, RTO 20m of its own) hard-depends on Auth (tier-1, 4m), which hard-depends on Legacy DB
 * (tier-1, 40m, synchronously replicated: RPO 0); Catalog (tier-2, 10m) soft-depends on Auth.
 * Without delay: Legacy DB up at 40m, Auth 44m, Checkout 52m (misses 20m), Catalog 10m.
 */
final class ShopPlan {
    private ShopPlan() {
    }

    static Plan shop() {
        return shop(40);
    }

    static Plan shop(long legacyDbMinutes) {
        Service db = Service.builder("legacy-db", ServiceKind.DATABASE).name("Legacy DB").tier("tier-1")
                .restoreTime(Duration.ofMinutes(legacyDbMinutes)).protection(DataProtection.syncReplication())
                .build();
        Service auth = Service.builder("auth", ServiceKind.IDENTITY).name("Auth").tier("tier-1")
                .restoreTime(Duration.ofMinutes(4)).build();
        Service checkout = Service.builder("checkout", ServiceKind.APPLICATION).name("Checkout").tier("tier-0")
                .restoreTime(Duration.ofMinutes(8)).rtoTarget(Duration.ofMinutes(20)).build();
        Service catalog = Service.builder("catalog", ServiceKind.APPLICATION).name("Catalog").tier("tier-2")
                .restoreTime(Duration.ofMinutes(10)).owner("web").build();
        return Plan.empty("Shop").withServices(List.of(db, auth, checkout, catalog))
                .withDependencies(List.of(Dependency.hard("checkout", "auth"), Dependency.hard("auth", "legacy-db"),
                        Dependency.soft("catalog", "auth")));
    }
}
