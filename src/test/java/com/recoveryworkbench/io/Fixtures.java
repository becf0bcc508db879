package com.recoveryworkbench.io;

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
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Plans and files shared by the plan file tests. */
final class Fixtures {
    private Fixtures() {
    }

    /**
     * The plan of {@code plans/golden.rplan.json}, built with everything out of order (services,
     * dependencies, scenarios, an upper-case colour) so the file proves the writer sorts and normalises.
     */
    static Plan retail() {
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

    static String text(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/plans/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource plans/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path path(String resource) {
        try {
            return Path.of(Fixtures.class.getResource("/plans/" + resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
