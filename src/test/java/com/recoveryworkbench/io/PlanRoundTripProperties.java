package com.recoveryworkbench.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.testplans.RandomPlanArbitraries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

class PlanRoundTripProperties {
    private static Path directory;

    private final PlanWriter writer = new PlanWriter();
    private final PlanReader reader = new PlanReader();

    @BeforeContainer
    static void createDirectory() throws IOException {
        directory = Files.createTempDirectory("plan-round-trip");
    }

    @AfterContainer
    static void deleteDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Provide
    Arbitrary<Plan> plans() {
        return RandomPlanArbitraries.everyField();
    }

    @Property(tries = 100)
    void saveLoadSaveGivesTheSameBytes(@ForAll("plans") Plan plan) throws Exception {
        Path file = directory.resolve("plan.rplan.json");
        writer.save(plan, file);
        byte[] first = Files.readAllBytes(file);

        writer.save(reader.read(file).plan(), file);

        assertArrayEquals(first, Files.readAllBytes(file));
    }

    @Property(tries = 200)
    void loadingWhatWasWrittenGivesBackThePlan(@ForAll("plans") Plan plan) throws Exception {
        LoadedPlan loaded = reader.read(writer.toJson(plan), "random.rplan.json");

        assertEquals(withoutNegativeZero(plan), loaded.plan());
        // The writer never writes a field the reader does not know: the only warnings left are about what a
        // dependency or a scenario names that the plan lacks.
        assertTrue(loaded.warnings().stream().allMatch(w -> w.field().startsWith("dependencies[")
                        || w.field().startsWith("scenarios[")),
                () -> loaded.warnings().toString());
    }

    @Property(tries = 50)
    void writingAPlanTwiceGivesTheSameText(@ForAll("plans") Plan plan) {
        assertEquals(writer.toJson(plan), writer.toJson(plan));
    }

    /** A file writes 0 for -0.0; both are the same place on the canvas. */
    private static Plan withoutNegativeZero(Plan plan) {
        return plan.withServices(plan.services().stream().map(s -> s.withPosition(
                new Position(s.position().x() + 0.0, s.position().y() + 0.0))).toList());
    }
}
