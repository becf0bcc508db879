package com.recoveryworkbench.ui.scenarios;

import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Scenario;
import java.util.ArrayList;
import java.util.List;

/** Short sentences about a scenario for lists and tooltips. Pure functions. */
final class ScenarioText {
    private ScenarioText() {
    }

    /**
     * What the scenario takes out: "Everything is lost." for the total one, else e.g. "Loses region
     * eu-west, service legacy-db; data corrupted; declared after 2d." or "Loses nothing yet."
     */
    static String losses(Scenario scenario) {
        if (scenario.isTotal()) {
            return "Everything is lost.";
        }
        List<String> lost = new ArrayList<>();
        if (!scenario.regions().isEmpty()) {
            lost.add((scenario.regions().size() == 1 ? "region " : "regions ") + String.join(", ", scenario.regions()));
        }
        if (!scenario.services().isEmpty()) {
            lost.add((scenario.services().size() == 1 ? "service " : "services ")
                    + String.join(", ", scenario.services()));
        }
        List<String> parts = new ArrayList<>();
        parts.add(lost.isEmpty() ? "Loses no region or service" : "Loses " + String.join(", ", lost));
        if (scenario.dataCorruption()) {
            parts.add("data corrupted");
        }
        if (scenario.declarationDelay() != null) {
            parts.add("declared after " + Durations.format(scenario.declarationDelay()));
        }
        return parts.size() == 1 && lost.isEmpty() ? "Loses nothing yet." : String.join("; ", parts) + ".";
    }
}
