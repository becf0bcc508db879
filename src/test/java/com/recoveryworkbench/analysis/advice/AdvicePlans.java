package com.recoveryworkbench.analysis.advice;

import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Plans for the advice tests: the retail sample, and small ones built by hand with the default tiers. */
final class AdvicePlans {
    private AdvicePlans() {
    }

    static Plan retail() {
        try {
            return new PlanReader().read(Path.of("assets/samples/retail.rplan.json")).plan();
        } catch (Exception e) {
            throw new AssertionError("the retail sample must load", e);
        }
    }

    /** A stateless application in {@code tier}, restored in {@code minutes}. */
    static Service service(String id, String tier, long minutes) {
        return Service.builder(id, ServiceKind.APPLICATION).tier(tier).restoreTime(Duration.ofMinutes(minutes)).build();
    }

    static Plan plan(Settings settings, List<Service> services, List<Dependency> dependencies) {
        return new Plan("hand", "", settings, TierPolicy.defaults(), services, dependencies);
    }

    static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }
}
