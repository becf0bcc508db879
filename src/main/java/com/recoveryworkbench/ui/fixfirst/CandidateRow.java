package com.recoveryworkbench.ui.fixfirst;

import com.recoveryworkbench.analysis.advice.Candidate;
import com.recoveryworkbench.model.Plan;
import java.util.List;
import java.util.Objects;

/**
 * One candidate as the panel shows it, with the plan it was measured on ({@code basis}), which is the
 * only plan its change may be applied to. Immutable.
 *
 * @param rank         1 for the best candidate; policy decisions continue the numbering after the fixes
 * @param change       the change in words: "Restore Legacy order DB in 8m (now 40m)"
 * @param requirements what the time stands for: "Legacy order DB must come back in 8m (now 40m) for
 *                     Checkout to meet 20m"; empty for other changes
 * @param effect       "clears 1 of 2 misses · 32m less lateness", and the cost avoided when the plan has rates
 * @param beforeAfter  "misses 2 → 1 · all up after 2h30m → 2h30m", and the cost when the plan has rates
 * @param services     the ids of the services the change touches (empty for plan-wide changes)
 */
public record CandidateRow(int rank, String change, List<String> requirements, String effect, String beforeAfter,
                           boolean policy, List<String> services, Candidate candidate, Plan basis) {
    public CandidateRow {
        requirements = List.copyOf(requirements);
        services = List.copyOf(services);
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(basis, "basis");
    }
}
