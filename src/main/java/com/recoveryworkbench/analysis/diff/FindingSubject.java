package com.recoveryworkbench.analysis.diff;

import com.recoveryworkbench.analysis.Finding;
import java.util.List;

/**
 * What a finding is about, so that two versions of a plan can tell a finding that changed from one
 * that went: the ids that stay the same while its figures change. An RTO miss is about its service (the
 * rest of its services is the chain that causes it, which may change); a cycle is about its first
 * member (a service is in one cycle at most; the rest are other members and blocked dependents, which
 * may change); every other finding is about all of its services. Stateless.
 */
public final class FindingSubject {
    private FindingSubject() {
    }

    /** The subject's ids, in the finding's order; with the rule, the key two versions of a finding share. */
    public static List<String> of(Finding f) {
        boolean firstNamesIt = f.rule().equals(Finding.RULE_RTO_MISS) || f.rule().equals(Finding.RULE_CYCLE);
        return firstNamesIt && !f.services().isEmpty() ? List.of(f.services().get(0)) : f.services();
    }
}
