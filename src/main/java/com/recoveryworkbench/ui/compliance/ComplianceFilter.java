package com.recoveryworkbench.ui.compliance;

import com.recoveryworkbench.analysis.Verdict;

/** The compliance-state choice above the compliance table. */
public enum ComplianceFilter {
    ALL("All", null),
    MISSED("Missed", Verdict.MISSED),
    AT_RISK("At risk", Verdict.AT_RISK),
    BLOCKED("Blocked", Verdict.BLOCKED),
    INCOMPLETE("Incomplete", Verdict.INCOMPLETE),
    MEETS("Meets", Verdict.MEETS);

    private final String label;
    private final Verdict only;

    ComplianceFilter(String label, Verdict only) {
        this.label = label;
        this.only = only;
    }

    public boolean matches(Verdict compliance) {
        return only == null || only == compliance;
    }

    @Override
    public String toString() {
        return label;
    }
}
