package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.model.GroupKind;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.edit.PlanEdits;
import java.util.Collection;

/**
 * What the canvas draws lanes for behind the cards: nothing, each region, or each owner team. A
 * service whose region (owner) is empty belongs to no lane. Immutable.
 */
public enum LaneGrouping {
    NONE, REGION, OWNER;

    /** The lane {@code s} belongs to: its region or owner; empty for none, and always for {@link #NONE}. */
    public String groupOf(Service s) {
        return switch (this) {
            case NONE -> "";
            case REGION -> s.region();
            case OWNER -> s.owner();
        };
    }

    /** The kind of group this draws lanes for, which is also the kind it folds; {@code null} for {@link #NONE}. */
    public GroupKind kind() {
        return switch (this) {
            case NONE -> null;
            case REGION -> GroupKind.REGION;
            case OWNER -> GroupKind.OWNER;
        };
    }

    /** {@code plan} with the services of {@code ids} put in lane {@code group} (their region or owner set). */
    Plan assign(Plan plan, Collection<String> ids, String group) {
        return switch (this) {
            case NONE -> plan;
            case REGION -> PlanEdits.assignRegion(plan, ids, group);
            case OWNER -> PlanEdits.assignOwner(plan, ids, group);
        };
    }
}
