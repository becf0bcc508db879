package com.recoveryworkbench.testplans;

import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The named example plans the tests share: {@link #checkout()}, {@link #shop()} and {@link #retail()} as
 * plans; the command tests' {@link #compliant()}, {@link #threeIndependent()} and {@link #handWorked()} as
 * text in the plan file format, which {@link #write} puts on disk; and the plan files kept under the test
 * resources' {@code plans/} ({@link #text}, {@link #path}). Small ad-hoc plans come from {@link PlanBuilder}.
 */
public final class TestPlans {
    private static final String TIERS = """
              "tiers": [
                { "id": "tier-1", "name": "Business critical", "rtoTarget": "PT30M", "rpoTarget": "PT15M",
                  "color": "#ef8a62" }
              ],
            """;
    private static final String HAND_SERVICES = """
            { "id": "api", "name": "API", "kind": "application", "tier": "tier-1", "restoreTime": "PT10M",
              "position": { "x": 280, "y": 0 } },
            { "id": "billing-job", "name": "Billing job", "kind": "application", "tier": "tier-1",
              "restoreTime": "PT1M", "position": { "x": 0, "y": 400 } },
            { "id": "cache", "name": "Cache", "kind": "cache", "tier": "tier-1", "restoreTime": "PT3M",
              "position": { "x": 0, "y": 130 } },
            { "id": "files", "name": "File store", "kind": "storage", "tier": "tier-1", "restoreTime": "PT5M",
              "position": { "x": 0, "y": 260 } },
            { "id": "ledger-sync", "name": "Ledger sync", "kind": "application", "tier": "tier-1",
              "restoreTime": "PT1M", "position": { "x": 280, "y": 400 } },
            { "id": "orders-db", "name": "Orders DB", "kind": "database", "tier": "tier-1", "restoreTime": "PT20M",
              "protection": { "method": "backup", "interval": "PT10M", "transfer": "PT2M" },
              "position": { "x": 0, "y": 0 } }
            """;
    private static final String HAND_DEPENDENCIES = """
            { "from": "api", "to": "cache", "type": "soft" },
            { "from": "api", "to": "orders-db", "type": "hard" },
            { "from": "billing-job", "to": "ledger-sync", "type": "hard" },
            { "from": "ledger-sync", "to": "billing-job", "type": "hard" }
            """;

    private TestPlans() {
    }

    /**
     * The checkout example of docs/design.md: Checkout (tier-0, 8m) hard-depends on Auth (tier-1, 4m), which
     * hard-depends on Legacy DB (tier-1, 40m); Catalog (tier-2, 10m, owner web) soft-depends on Auth.
     * Without delay: Legacy DB up at 40m, Auth at 44m, Checkout at 52m, Catalog at 10m.
     */
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

    /**
     * The checkout example as the plan comparisons use it, with the default tiers (tier-0 RTO 15m, tier-1 1h,
     * tier-2 4h): Checkout (tier-0, 8m, RTO 20m of its own) hard-depends on Auth (tier-1, 4m), which
     * hard-depends on Legacy DB (tier-1, 40m, synchronously replicated: RPO 0); Catalog (tier-2, 10m)
     * soft-depends on Auth. Without delay: Legacy DB up at 40m, Auth 44m, Checkout 52m (misses 20m), Catalog 10m.
     */
    public static Plan shop() {
        return shop(40);
    }

    /** {@link #shop()} with Legacy DB restored in {@code legacyDbMinutes}. */
    public static Plan shop(long legacyDbMinutes) {
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

    /**
     * The plan of {@code plans/golden.rplan.json}, built with everything out of order (services,
     * dependencies, scenarios, an upper-case colour) so the file proves the writer sorts and normalises.
     */
    public static Plan retail() {
        List<TierPolicy> tiers = List.of(
                new TierPolicy("tier-1", "Business critical", Duration.ofHours(1), Duration.ofMinutes(15), null,
                        "#EF8A62"),
                new TierPolicy("tier-0", "Mission critical", Duration.ofMinutes(15), Duration.ofMinutes(5),
                        Duration.ofDays(30), "#b2182b"));
        List<Service> services = List.of(
                Service.builder("search", ServiceKind.CACHE).name("  ").tier("tier-2").position(-35.257, 240.004)
                        .build(),
                Service.builder("legacy-db", ServiceKind.DATABASE).name("Legacy DB").tier("tier-1")
                        .restoreTime(Duration.ofMinutes(40))
                        .protection(DataProtection.asyncReplication(Duration.ofSeconds(30))).pinned(true).build(),
                Service.builder("checkout", ServiceKind.APPLICATION).name("Checkout").tier("tier-1")
                        .restoreTime(Duration.ofMinutes(8)).stateful(true)
                        .protection(DataProtection.backup(Duration.ofHours(1), Duration.ofMinutes(10)))
                        .strategy(RecoveryStrategy.WARM_STANDBY).rtoTarget(Duration.ofMinutes(20))
                        .rpoTarget(Duration.ofMinutes(20)).owner("Payments").region("eu-west").standbyRegion("eu-central")
                        .failoverTime(Duration.ofMinutes(5))
                        .notes("Card payments; café \"Zürich\" terminal").position(120, 80.5).layer(2).build(),
                Service.builder("auth", ServiceKind.IDENTITY).name("Auth").tier("tier-0")
                        .restoreTime(Duration.ofMinutes(4)).position(400, 80).build());
        List<Dependency> dependencies = List.of(
                Dependency.soft("checkout", "search"),
                Dependency.hard("checkout", "legacy-db"),
                Dependency.hard("checkout", "auth"),
                Dependency.hard("auth", "legacy-db"));
        List<Scenario> scenarios = List.of(
                new Scenario("ransomware", "Ransomware", "Found two days late.", List.of("eu-west", "eu-central"),
                        List.of(), true, Duration.ofDays(2)),
                Scenario.losing("eu-west-lost", "eu-west lost", List.of("eu-west"), List.of("legacy-db")),
                Scenario.TOTAL.withName("Whole platform lost"));
        return new Plan("Retail platform", "Online shop and the systems behind it.\nReviewed at the March workshop.",
                new Settings(Duration.ofMinutes(10), 2), tiers, services, dependencies, scenarios);
    }

    /** One stateless service, up at 5m against a 30m target, as plan file text: meets everything. */
    public static String compliant() {
        return plan("Compliant", "PT0S", 0, """
                { "id": "web", "name": "Web", "kind": "application", "tier": "tier-1", "restoreTime": "PT5M",
                  "position": { "x": 0, "y": 0 } }
                """, "");
    }

    /** Three independent 10-minute restores, as plan file text: all up at 10m without a capacity limit. */
    public static String threeIndependent() {
        return plan("Three", "PT0S", 0, """
                { "id": "a", "name": "A", "kind": "application", "tier": "tier-1", "restoreTime": "PT10M",
                  "position": { "x": 0, "y": 0 } },
                { "id": "b", "name": "B", "kind": "application", "tier": "tier-1", "restoreTime": "PT10M",
                  "position": { "x": 0, "y": 130 } },
                { "id": "c", "name": "C", "kind": "application", "tier": "tier-1", "restoreTime": "PT10M",
                  "position": { "x": 0, "y": 260 } }
                """, "");
    }

    /**
     * A plan small enough to work out by hand, as plan file text. Tier-1: RTO 30m, RPO 15m;
     * restores begin 5m after the outage.
     * <pre>
     * cache        3m            start 5m, up 8m, slack 22m
     * orders-db   20m            start 5m, up 25m, slack 5m (at risk); backup every 10m + 2m → RPO 12m, met
     * api         10m → orders-db (hard), cache (soft): start 25m, up 35m, slack −5m: RTO miss
     * files        5m            start 5m, up 10m, slack 20m; storage without protection → RPO unbounded: miss
     * billing-job, ledger-sync   1m each, hard-depend on each other: a cycle, nothing timed
     * </pre>
     */
    public static String handWorked() {
        return plan("Hand-worked", "PT5M", 0, HAND_SERVICES, HAND_DEPENDENCIES);
    }

    /** Plan file text with the one tier-1 policy (RTO 30m, RPO 15m); services and dependencies as JSON array items. */
    public static String plan(String name, String declarationDelay, int capacity, String services, String dependencies) {
        return """
                {
                  "format": "recovery-workbench-plan",
                  "schemaVersion": 1,
                  "name": "%s",
                  "settings": { "declarationDelay": "%s", "restoreCapacity": %d },
                %s  "services": [
                %s  ],
                  "dependencies": [
                %s  ]
                }
                """.formatted(name, declarationDelay, capacity, TIERS, services, dependencies);
    }

    /** Writes {@code text} to {@code fileName} in {@code dir} as UTF-8; returns the file. */
    public static Path write(Path dir, String fileName, String text) {
        try {
            return Files.writeString(dir.resolve(fileName), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the test resource {@code plans/<resource>}. */
    public static String text(String resource) {
        try (InputStream in = TestPlans.class.getResourceAsStream("/plans/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource plans/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the test resource {@code plans/<resource>} is on disk. */
    public static Path path(String resource) {
        try {
            return Path.of(TestPlans.class.getResource("/plans/" + resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
