package com.recoveryworkbench.cli;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that choose which scenarios a command analyses: one stored in the plan
 * ({@code --scenario ID}), all of them ({@code --all-scenarios}), or one asked once
 * ({@code --lose region:eu-west,service:legacy-db [--data-corruption]}). Without any of them, the
 * built-in total scenario. A picocli mixin; not thread-safe.
 */
final class ScenarioOptions {
    /** The id of an ad hoc {@code --lose} scenario. */
    static final String AD_HOC_ID = "lose";

    @Option(names = "--scenario", paramLabel = "ID",
            description = "analyse this scenario of the plan instead of the total one (everything lost)")
    String scenarioId;

    @Option(names = "--all-scenarios", description = "analyse every scenario of the plan")
    boolean all;

    @Option(names = "--lose", paramLabel = "WHAT", split = ",",
            description = "analyse what is lost when these go: region:NAME and service:ID, separated by commas")
    List<String> lose;

    @Option(names = "--data-corruption", description = "with --lose: the data is corrupted too (ransomware)")
    boolean dataCorruption;

    /** Thrown with a message a person can act on when the options or the plan do not fit together. */
    static final class Problem extends Exception {
        Problem(String message) {
            super(message);
        }
    }

    /** The command these options are mixed into, to report a usage error on. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * Stops the command with a usage error (exit 2, with the usage) when the options do not fit together:
     * the {@link #conflict} they have, if any.
     */
    void requireNoConflict(boolean allAllowed) {
        String conflict = conflict(allAllowed);
        if (conflict != null) {
            throw new ParameterException(command.commandLine(), conflict);
        }
    }

    /** What is wrong with the options themselves, before any plan is read; {@code null} when nothing. */
    String conflict(boolean allAllowed) {
        int chosen = (scenarioId != null ? 1 : 0) + (all ? 1 : 0) + (lose != null ? 1 : 0);
        if (chosen > 1) {
            return allAllowed ? "choose one of --scenario, --all-scenarios and --lose"
                    : "choose one of --scenario and --lose";
        }
        if (all && !allAllowed) {
            return "--all-scenarios is not available here; choose one with --scenario";
        }
        if (dataCorruption && lose == null) {
            return "--data-corruption goes with --lose; a stored scenario says itself whether it corrupts data";
        }
        return null;
    }

    /** The scenarios to analyse, in the plan's order. */
    List<Scenario> choose(Plan plan) throws Problem {
        if (all) {
            return plan.scenarios();
        }
        if (lose != null) {
            return List.of(adHoc(plan));
        }
        return List.of(scenarioId == null ? plan.totalScenario() : stored(plan, scenarioId));
    }

    /** The scenario of the plan with this id, or a problem naming the ones it has. */
    static Scenario stored(Plan plan, String id) throws Problem {
        return plan.scenario(id).orElseThrow(() -> new Problem("the plan has no scenario \"" + id + "\"; it has "
                + plan.scenarios().stream().map(Scenario::id).collect(Collectors.joining(", "))));
    }

    private Scenario adHoc(Plan plan) throws Problem {
        Set<String> regionsInPlan = new TreeSet<>();
        for (Service s : plan.services()) {
            regionsInPlan.add(s.region());
            regionsInPlan.add(s.standbyRegion());
        }
        regionsInPlan.remove("");
        List<String> regions = new ArrayList<>();
        List<String> services = new ArrayList<>();
        for (String item : lose) {
            int colon = item.indexOf(':');
            String kind = colon < 0 ? "" : item.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String name = colon < 0 ? "" : item.substring(colon + 1).strip();
            if (name.isEmpty() || !(kind.equals("region") || kind.equals("service"))) {
                throw new Problem("--lose expects region:NAME or service:ID, separated by commas; found \"" + item
                        + "\"");
            }
            if (kind.equals("region")) {
                if (!regionsInPlan.contains(name)) {
                    throw new Problem("--lose: no service runs in region \"" + name + "\"; the plan's regions are "
                            + (regionsInPlan.isEmpty() ? "none" : String.join(", ", regionsInPlan)));
                }
                regions.add(name);
            } else {
                if (!plan.hasService(name)) {
                    throw new Problem("--lose: the plan has no service \"" + name + "\"");
                }
                services.add(name);
            }
        }
        return new Scenario(AD_HOC_ID, describe(regions, services), "", regions, services, dataCorruption, null);
    }

    /** "Lose region eu-west, service legacy-db" (", data corrupted"). */
    private String describe(List<String> regions, List<String> services) {
        List<String> parts = new ArrayList<>();
        regions.forEach(r -> parts.add("region " + r));
        services.forEach(s -> parts.add("service " + s));
        return "Lose " + String.join(", ", parts) + (dataCorruption ? ", data corrupted" : "");
    }
}
