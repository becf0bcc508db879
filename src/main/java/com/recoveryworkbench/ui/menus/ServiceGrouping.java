package com.recoveryworkbench.ui.menus;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.edit.PlanEdits;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Puts services in a named group and takes them out of it, each as one undoable step ("Group 3 services
 * as Payments", "Ungroup Checkout"), counting only the services that change. Ids the plan lacks are
 * ignored. FX thread only (it applies to the document).
 */
final class ServiceGrouping {
    private ServiceGrouping() {
    }

    /**
     * Puts the services {@code ids} in group {@code name} (stripped).
     *
     * @return false, recording nothing, when every one of them is in that group already
     * @throws IllegalArgumentException when {@code name} is blank: a group needs a name
     */
    static boolean group(PlanDocument document, Collection<String> ids, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A group needs a name.");
        }
        String group = name.strip();
        return assign(document, ids, group, "Group ", " as " + group);
    }

    /** Takes the services {@code ids} out of their group; false, recording nothing, when none is in one. */
    static boolean ungroup(PlanDocument document, Collection<String> ids) {
        return assign(document, ids, "", "Ungroup ", "");
    }

    private static boolean assign(PlanDocument document, Collection<String> ids, String group, String verb,
                                  String suffix) {
        List<Service> changing = ids.stream().sorted().map(id -> document.getPlan().service(id))
                .flatMap(Optional::stream).filter(s -> !s.group().equals(group)).toList();
        if (changing.isEmpty()) {
            return false;
        }
        String what = changing.size() == 1 ? changing.get(0).name() : changing.size() + " services";
        List<String> changed = changing.stream().map(Service::id).toList();
        return document.apply(verb + what + suffix, plan -> PlanEdits.assignGroup(plan, changed, group));
    }

    /** The plan's group names, sorted, each once. */
    static List<String> groupNames(Plan plan) {
        TreeSet<String> names = new TreeSet<>();
        plan.services().forEach(s -> {
            if (!s.group().isEmpty()) {
                names.add(s.group());
            }
        });
        return List.copyOf(names);
    }

    /** The group all of {@code ids} are in; empty when they are in none or in different ones. */
    static String commonGroup(Plan plan, Collection<String> ids) {
        List<String> groups = ids.stream().map(plan::service).flatMap(Optional::stream).map(Service::group)
                .distinct().toList();
        return groups.size() == 1 ? groups.get(0) : "";
    }
}
