package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Small plans for hand-worked tests, with the default tiers: tier-0 RTO 15m / RPO 5m, tier-1 1h / 15m,
 * tier-2 4h / 1h, tier-3 24h / 24h. Services are stateless applications in tier-2 unless told otherwise.
 */
final class PlanBuilder {
    private final List<Service> services = new ArrayList<>();
    private final List<Dependency> dependencies = new ArrayList<>();
    private Settings settings = Settings.DEFAULT;

    static PlanBuilder plan() {
        return new PlanBuilder();
    }

    static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }

    /** A service restored in {@code restoreMinutes}. */
    PlanBuilder service(String id, String name, long restoreMinutes) {
        return service(id, name, restoreMinutes, b -> b);
    }

    PlanBuilder service(String id, String name, long restoreMinutes, UnaryOperator<Service.Builder> more) {
        return service(more.apply(Service.builder(id, ServiceKind.APPLICATION).name(name)
                .restoreTime(minutes(restoreMinutes))));
    }

    PlanBuilder service(Service.Builder builder) {
        services.add(builder.build());
        return this;
    }

    /** {@code from} hard-depends on each of {@code to}. */
    PlanBuilder hard(String from, String... to) {
        for (String t : to) {
            dependencies.add(Dependency.hard(from, t));
        }
        return this;
    }

    PlanBuilder soft(String from, String to) {
        dependencies.add(Dependency.soft(from, to));
        return this;
    }

    PlanBuilder declarationDelay(Duration delay) {
        settings = settings.withDeclarationDelay(delay);
        return this;
    }

    PlanBuilder capacity(int restoreCapacity) {
        settings = settings.withRestoreCapacity(restoreCapacity);
        return this;
    }

    Plan build() {
        return new Plan("test", "", settings, TierPolicy.defaults(), services, dependencies);
    }

    Analysis analyze() {
        return new RecoveryAnalyzer().analyze(build());
    }

    /** The analysis of one scenario of the built plan. */
    Analysis analyze(Scenario scenario) {
        return new RecoveryAnalyzer().analyze(build(), scenario);
    }

    /** A scenario that loses the regions named. */
    static Scenario losingRegions(String... regions) {
        return Scenario.losing("lost-regions", "Regions lost", List.of(regions), List.of());
    }

    /** A scenario that loses the services named. */
    static Scenario losingServices(String... ids) {
        return Scenario.losing("lost-services", "Services lost", List.of(), List.of(ids));
    }
}
