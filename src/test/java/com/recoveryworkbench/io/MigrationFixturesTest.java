package com.recoveryworkbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.testplans.TestPlans;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real migration step is proved on a file of the old version: {@code plans/migrations/vN.rplan.json}
 * (as version N wrote it) must load and save as {@code plans/migrations/vN.migrated.rplan.json}. One test
 * per step of {@link MigrationChain#standard()}; a step added without its fixture fails here.
 */
class MigrationFixturesTest {

    @TestFactory
    Stream<DynamicTest> everyStepTurnsItsOldFixtureIntoTheCurrentFormat() {
        MigrationChain standard = MigrationChain.standard();
        return IntStream.range(standard.oldestVersion(), standard.currentVersion()).mapToObj(version ->
                DynamicTest.dynamicTest("from version " + version, () -> {
                    String old = "migrations/v" + version + ".rplan.json";
                    LoadedPlan loaded = new PlanReader().read(TestPlans.text(old), old);
                    assertEquals(TestPlans.text("migrations/v" + version + ".migrated.rplan.json"),
                            new PlanWriter().toJson(loaded.plan()));
                }));
    }
}
