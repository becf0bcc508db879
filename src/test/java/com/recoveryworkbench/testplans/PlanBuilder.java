package com.recoveryworkbench.testplans;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
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
 * The fluent builder of small plans for hand-worked tests, with the default tiers: tier-0 RTO 15m / RPO 5m,
 * tier-1 1h / 15m, tier-2 4h / 1h, tier-3 24h / 24h. Services are stateless applications in tier-2 unless
 * told otherwise. Each call adds to the plan and returns the builder; {@link #build()} gives the plan.
 */
public final class PlanBuilder {
    private final List<Service> services = new ArrayList<>();
    private final List<Dependency> dependencies = new ArrayList<>();
    private Settings settings = Settings.DEFAULT;

    private PlanBuilder() {
    }

    public static PlanBuilder plan() {
        return new PlanBuilder();
    }

    public static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }

    /** A service restored in {@code restoreMinutes}. */
    public PlanBuilder service(String id, String name, long restoreMinutes) {
        return service(id, name, restoreMinutes, b -> b);
    }

    public PlanBuilder service(String id, String name, long restoreMinutes, UnaryOperator<Service.Builder> more) {
        return service(more.apply(Service.builder(id, ServiceKind.APPLICATION).name(name)
                .restoreTime(minutes(restoreMinutes))));
    }

    public PlanBuilder service(Service.Builder builder) {
        services.add(builder.build());
        return this;
    }

    /** {@code from} hard-depends on each of {@code to}. */
    public PlanBuilder hard(String from, String... to) {
        for (String t : to) {
            dependencies.add(Dependency.hard(from, t));
        }
        return this;
    }

    public PlanBuilder soft(String from, String to) {
        dependencies.add(Dependency.soft(from, to));
        return this;
    }

    public PlanBuilder declarationDelay(Duration delay) {
        settings = settings.withDeclarationDelay(delay);
        return this;
    }

    public PlanBuilder capacity(int restoreCapacity) {
        settings = settings.withRestoreCapacity(restoreCapacity);
        return this;
    }

    public Plan build() {
        return new Plan("test", "", settings, TierPolicy.defaults(), services, dependencies);
    }

    public Analysis analyze() {
        return new RecoveryAnalyzer().analyze(build());
    }

    /** The analysis of one scenario of the built plan. */
    public Analysis analyze(Scenario scenario) {
        return new RecoveryAnalyzer().analyze(build(), scenario);
    }

    /** A scenario that loses the regions named. */
    public static Scenario losingRegions(String... regions) {
        return Scenario.losing("lost-regions", "Regions lost", List.of(regions), List.of());
    }

    /** A scenario that loses the services named. */
    public static Scenario losingServices(String... ids) {
        return Scenario.losing("lost-services", "Services lost", List.of(), List.of(ids));
    }
}
