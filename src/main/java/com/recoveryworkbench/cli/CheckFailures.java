package com.recoveryworkbench.cli;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.analysis.Severity;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.analysis.drill.ProvenView;
import com.recoveryworkbench.model.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Why {@code check} fails a plan, one sentence per reason: "7 services cannot be judged: no restore
 * time". A plan passes when every service meets its objectives (at risk still meets them) and no finding
 * is an error; a service the analysis cannot judge (blocked, missing data) does not pass, since a CI gate
 * must not go green on a plan that proves nothing. Saying which of these it was matters most when the
 * summary counts no miss and no error. {@code check --proven} also fails on an error among the drill
 * findings (a service failed in its latest drill), so its reasons come from {@link #ofProven}, which
 * the exit code, the text and the JSON summary all read. Stateless.
 */
final class CheckFailures {
    private CheckFailures() {
    }

    /** The reasons, in a fixed order: misses, other errors, blocked services, services that cannot be judged; empty when the plan passes. */
    static List<String> of(Plan plan, Analysis analysis) {
        List<String> reasons = new ArrayList<>();
        long missed = count(analysis, Verdict.MISSED);
        if (missed > 0) {
            reasons.add(services(missed) + (missed == 1 ? " misses its" : " miss their") + " RTO or RPO target");
        }
        TreeSet<String> errorRules = new TreeSet<>();
        for (Finding f : analysis.findings()) {
            boolean miss = f.rule().equals(Finding.RULE_RTO_MISS) || f.rule().equals(Finding.RULE_RPO_MISS);
            if (f.severity() == Severity.ERROR && !miss) {
                errorRules.add(f.rule());
            }
        }
        if (!errorRules.isEmpty()) {
            reasons.add("the plan has errors: " + String.join(", ", errorRules));
        }
        long blocked = count(analysis, Verdict.BLOCKED);
        if (blocked > 0) {
            reasons.add(services(blocked) + (blocked == 1 ? " is" : " are") + " blocked by a cycle");
        }
        long incomplete = count(analysis, Verdict.INCOMPLETE);
        if (incomplete > 0) {
            reasons.add(services(incomplete) + " cannot be judged: " + missingData(plan, analysis));
        }
        return List.copyOf(reasons);
    }

    /** The reasons of {@link #of} for the proven analysis, then the rules of any drill findings that are errors. */
    static List<String> ofProven(Plan plan, ProvenView view) {
        List<String> reasons = new ArrayList<>(of(plan, view.proven()));
        TreeSet<String> drillErrors = new TreeSet<>();
        view.findings().stream().filter(f -> f.severity() == Severity.ERROR).forEach(f -> drillErrors.add(f.rule()));
        if (!drillErrors.isEmpty()) {
            reasons.add("the drills found errors: " + String.join(", ", drillErrors));
        }
        return List.copyOf(reasons);
    }

    /** "no restore time", or with counts when there are several kinds: "no restore time (5), no RTO target (2)". */
    private static String missingData(Plan plan, Analysis analysis) {
        long noRestoreTime = 0;
        long noTarget = 0;
        for (ServiceResult r : analysis.results()) {
            if (r.verdict() == Verdict.INCOMPLETE) {
                boolean unknown = plan.service(r.id()).map(s -> s.restoreTime() == null).orElse(false);
                noRestoreTime += unknown ? 1 : 0;
                noTarget += r.rtoTarget() == null ? 1 : 0;
            }
        }
        if (noTarget == 0) {
            return "no restore time";
        }
        if (noRestoreTime == 0) {
            return "no RTO target";
        }
        return "no restore time (" + noRestoreTime + "), no RTO target (" + noTarget + ")";
    }

    private static long count(Analysis analysis, Verdict verdict) {
        return analysis.results().stream().filter(r -> r.verdict() == verdict).count();
    }

    private static String services(long n) {
        return n == 1 ? "1 service" : n + " services";
    }
}
