package com.recoveryworkbench.io;

import static com.recoveryworkbench.io.ObjectReader.REQUIRED;

import java.math.BigDecimal;

/**
 * Checks the first two keys of a plan file: that it is a plan at all, and of a schema version this
 * program reads. The rest of a file is only interpreted once this passes, since its meaning depends
 * on the version.
 */
final class PlanHeader {
    private PlanHeader() {
    }

    /**
     * Reports what is wrong with the header; the caller must not read on when anything was reported.
     *
     * @return the file's schema version, or 0 when the version itself is wrong
     */
    static int check(ObjectReader plan, MigrationChain migrations) {
        String expected = "\"" + PlanFormat.FORMAT + "\"";
        String format = plan.string("format", REQUIRED, expected);
        if (format != null && !format.equals(PlanFormat.FORMAT)) {
            plan.problem("format", "expected " + expected + ", found " + plan.found("format")
                    + ": this is not a Recovery Workbench plan");
        }
        BigDecimal version = plan.wholeNumber("schemaVersion", REQUIRED);
        if (version == null) {
            return 0;
        }
        // The version is shown as written: converting a number like 1e999999 to digits would be costly.
        String shown = plan.found("schemaVersion");
        if (version.signum() <= 0) {
            plan.problem("schemaVersion", "expected a schema version of 1 or more, found " + shown);
        } else if (version.compareTo(BigDecimal.valueOf(migrations.currentVersion())) > 0) {
            plan.problem("schemaVersion", "this file is schema version " + shown
                    + "; this Recovery Workbench reads up to version " + migrations.currentVersion()
                    + " — update the workbench");
        } else if (version.intValue() < migrations.oldestVersion()) {
            plan.problem("schemaVersion", "this file is schema version " + shown
                    + ", which this Recovery Workbench no longer reads; it reads versions "
                    + migrations.oldestVersion() + " to " + migrations.currentVersion());
        } else {
            return version.intValue();
        }
        return 0;
    }
}
