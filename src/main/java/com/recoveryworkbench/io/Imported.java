package com.recoveryworkbench.io;

import com.recoveryworkbench.model.MergeResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.PlanMerge;
import com.recoveryworkbench.model.ServiceField;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A successful import: the new plan (default tiers and settings, services laid out in wave columns),
 * what the user should know about the file (warnings, in file order), and, by service id, the fields
 * the file actually gave for that service, which is what a merge takes over. Immutable.
 */
public record Imported(Plan plan, List<PlanProblem> warnings, Map<String, Set<ServiceField>> carried) {

    public Imported {
        Objects.requireNonNull(plan, "plan");
        warnings = List.copyOf(warnings);
        TreeMap<String, Set<ServiceField>> copy = new TreeMap<>();
        carried.forEach((id, fields) -> copy.put(id, Set.copyOf(fields)));
        carried = Collections.unmodifiableMap(copy);
    }

    /** Merges this import into {@code current} by the rules of {@link PlanMerge}. */
    public MergeResult mergeInto(Plan current) {
        return PlanMerge.merge(current, plan, carried);
    }
}
