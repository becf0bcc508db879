package com.recoveryworkbench.ui;

import com.recoveryworkbench.io.LoadedPlan;
import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.PlanReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The sample plan shipped inside the jar ({@code /samples/retail.rplan.json}, copied there from
 * {@code assets/samples/} by the build), shown the very first time the workbench starts. It is read
 * through the normal plan reader, like any file.
 */
public final class BundledSample {
    public static final String RESOURCE = "/samples/retail.rplan.json";
    private static final String SOURCE_NAME = "retail.rplan.json (sample)";

    private BundledSample() {
    }

    public static boolean isAvailable() {
        return BundledSample.class.getResource(RESOURCE) != null;
    }

    /** Any thread. */
    public static LoadedPlan read() throws IOException, PlanFileException {
        try (InputStream in = BundledSample.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the sample plan " + RESOURCE + " is missing from this build");
            }
            return new PlanReader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8), SOURCE_NAME);
        }
    }
}
