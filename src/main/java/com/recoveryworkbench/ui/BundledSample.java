package com.recoveryworkbench.ui;

import com.recoveryworkbench.io.LoadedPlan;
import com.recoveryworkbench.io.PlanReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The sample plan shipped inside the jar ({@code /samples/retail.rplan.json}, copied there from
 * {@code assets/samples/} by the build), shown the very first time the workbench starts.
 */
public final class BundledSample {
    public static final String RESOURCE = "/samples/retail.rplan.json";

    private BundledSample() {
    }

    public static boolean isAvailable() {
        return BundledSample.class.getResource(RESOURCE) != null;
    }

    /**
     * Reads the sample through the normal plan reader (which reads files), via a temporary copy that
     * is deleted afterwards. Any thread.
     */
    public static LoadedPlan read() throws Exception {
        Path copy = Files.createTempFile("recovery-workbench-sample", PlanFiles.EXTENSION);
        try (InputStream in = BundledSample.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the sample plan " + RESOURCE + " is missing from this build");
            }
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return new PlanReader().read(copy);
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
