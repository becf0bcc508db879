package com.recoveryworkbench.ui.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.model.Scenario;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioTextTest {
    @Test
    void theTotalScenarioLosesEverything() {
        assertEquals("Everything is lost.", ScenarioText.losses(Scenario.TOTAL));
    }

    @Test
    void aNewScenarioLosesNothingYet() {
        assertEquals("Loses nothing yet.", ScenarioText.losses(Scenario.losing("s", "S", List.of(), List.of())));
    }

    @Test
    void regionsServicesCorruptionAndDelayAreNamed() {
        Scenario ransomware = Scenario.losing("r", "Ransomware", List.of("us-east", "eu-west"), List.of("ledger"))
                .withDataCorruption(true).withDeclarationDelay(Duration.ofDays(2));

        assertEquals("Loses regions eu-west, us-east, service ledger; data corrupted; declared after 2d.",
                ScenarioText.losses(ransomware));
    }

    @Test
    void corruptionAloneSaysNoRegionOrServiceIsLost() {
        Scenario corrupt = Scenario.losing("c", "Bad write", List.of(), List.of()).withDataCorruption(true);

        assertEquals("Loses no region or service; data corrupted.", ScenarioText.losses(corrupt));
    }
}
