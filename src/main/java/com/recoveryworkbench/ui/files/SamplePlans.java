package com.recoveryworkbench.ui.files;

import com.recoveryworkbench.io.LoadedPlan;
import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.PlanReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The sample plans that ship inside the jar, under {@code /samples/} (the build copies them there
 * from {@code assets/samples/}, the one copy in the repository), for File ▸ Open Sample. A sample
 * opens as an untitled plan: saving it asks where, so the shipped copy is never overwritten.
 */
public final class SamplePlans {
    /** One shipped sample: its file name under {@code /samples/} and what the menu calls it. */
    public record Sample(String fileName, String title) {
        String resource() {
            return "/samples/" + fileName;
        }
    }

    /** Smallest first: the order a newcomer would want to read them in. */
    public static final List<Sample> ALL = List.of(
            new Sample("small-saas.rplan.json", "Small SaaS — one region, managed services"),
            new Sample("retail.rplan.json", "Retail platform — checkout waits for a legacy database"),
            new Sample("two-region-commerce.rplan.json", "Two-region commerce — two regions, four restore teams"));

    private SamplePlans() {
    }

    /** Opens {@code sample} as an untitled plan, asking first about unsaved changes. FX thread. */
    public static void open(FileActions files, Sample sample) {
        files.openUntitled("the sample " + sample.fileName(), () -> read(sample));
    }

    /** Any thread. */
    public static LoadedPlan read(Sample sample) throws IOException, PlanFileException {
        try (InputStream in = SamplePlans.class.getResourceAsStream(sample.resource())) {
            if (in == null) {
                throw new IOException("the sample plan " + sample.resource() + " is missing from this build");
            }
            return new PlanReader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    sample.fileName() + " (sample)");
        }
    }
}
