package com.recoveryworkbench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small plan files for the command tests, written in the plan file format. */
final class TestPlans {
    private TestPlans() {
    }

    static final String TIERS = """
              "tiers": [
                { "id": "tier-1", "name": "Business critical", "rtoTarget": "PT30M", "rpoTarget": "PT15M",
                  "color": "#ef8a62" }
              ],
            """;

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
