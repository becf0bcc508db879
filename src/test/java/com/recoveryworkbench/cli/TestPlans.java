package com.recoveryworkbench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small plan files for the command tests, written in the plan file format. */
final class TestPlans {
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

    /** One stateless service, up at 5m against a 30m target: meets everything. */
    static String compliant() {
        return plan("Compliant", "PT0S", 0, """
                { "id": "web", "name": "Web", "kind": "application", "tier": "tier-1", "restoreTime": "PT5M",
                  "position": { "x": 0, "y": 0 } }
                """, "");
    }

    /** Three independent 10-minute restores: all up at 10m without a capacity limit. */
    static String threeIndependent() {
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
     * A plan small enough to work out by hand. Tier-1: RTO 30m, RPO 15m;
     * restores begin 5m after the outage.
     * <pre>
     * cache        3m            start 5m, up 8m, slack 22m
     * orders-db   20m            start 5m, up 25m, slack 5m (at risk); backup every 10m + 2m → RPO 12m, met
     * api         10m → orders-db (hard), cache (soft): start 25m, up 35m, slack −5m: RTO miss
     * files        5m            start 5m, up 10m, slack 20m; storage without protection → RPO unbounded: miss
     * billing-job, ledger-sync   1m each, hard-depend on each other: a cycle, nothing timed
     * </pre>
     */
    static String handWorked() {
        return plan("Hand-worked", "PT5M", 0, HAND_SERVICES, HAND_DEPENDENCIES);
    }

    static String plan(String name, String declarationDelay, int capacity, String services, String dependencies) {
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

    static Path write(Path dir, String fileName, String text) {
        try {
            return Files.writeString(dir.resolve(fileName), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
