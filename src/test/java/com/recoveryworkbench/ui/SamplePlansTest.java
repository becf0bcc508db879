package com.recoveryworkbench.ui;

import com.recoveryworkbench.ui.files.SamplePlans;
import com.recoveryworkbench.ui.files.PlanFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** File ▸ Open Sample offers exactly the samples in assets/samples, and each one is in the build's resources. */
class SamplePlansTest {
    @Test
    void everySampleInTheRepositoryIsOfferedAndShipsAsAResource() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("assets/samples"))) {
            assertEquals(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(PlanFiles.EXTENSION))
                            .sorted().toList(),
                    SamplePlans.ALL.stream().map(SamplePlans.Sample::fileName).sorted().toList());
        }
        for (SamplePlans.Sample sample : SamplePlans.ALL) {
            assertTrue(SamplePlans.read(sample).plan().serviceCount() > 0, sample.fileName());
        }
    }

    @Test
    void aMissingSampleIsReportedByName() {
        IOException missing = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> SamplePlans.read(new SamplePlans.Sample("gone.rplan.json", "Gone")));
        assertEquals("the sample plan /samples/gone.rplan.json is missing from this build", missing.getMessage());
    }
}
