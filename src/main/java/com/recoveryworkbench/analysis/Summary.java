package com.recoveryworkbench.analysis;

/** Counts for a status bar or the end of a report. {@code compliant} counts MEETS, AT_RISK and UNAFFECTED. */
public record Summary(int services, int compliant, int rtoMisses, int rpoMisses, int errors, int warnings) {
}
