package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.model.GroupKind;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.edit.PlanEdits;
import java.util.Collection;

/**
 * What the canvas draws lanes for behind the cards: nothing, each region, each owner team, or each named
 * group a person made. A service whose region (owner, group) is empty belongs to no lane. Immutable.
 */
public enum LaneGrouping {
    NONE, REGION, OWNER, GROUP;

    /** The lane {@code s} belongs to: its region, owner or group; empty for none, and always for {@link #NONE}. */
    public String groupOf(Service s) {
        GroupKind kind = kind();
        return kind == null ? "" : kind.groupOf(s);
    }

    /** The kind of group this draws lanes for, which is also the kind it folds; {@code null} for {@link #NONE}. */
    public GroupKind kind() {
        return switch (this) {
            case NONE -> null;
            case REGION -> GroupKind.REGION;
            case OWNER -> GroupKind.OWNER;
            case GROUP -> GroupKind.GROUP;
        };
    }

    /** {@code plan} with the services of {@code ids} put in lane {@code group} (their region, owner or group set). */
    Plan assign(Plan plan, Collection<String> ids, String group) {
        return switch (this) {
            case NONE -> plan;
            case REGION -> PlanEdits.assignRegion(plan, ids, group);
            case OWNER -> PlanEdits.assignOwner(plan, ids, group);
            case GROUP -> PlanEdits.assignGroup(plan, ids, group);
        };
    }
}
