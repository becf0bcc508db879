package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.analysis.diff.FieldValues;
import com.recoveryworkbench.analysis.diff.FindingSubject;
import com.recoveryworkbench.analysis.diff.FieldValues.FieldValue;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.TierPolicy;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan and its analysis as one fact per line, for a line diff: {@code git diff} with this text as
 * the {@code textconv} of plan files shows, under a changed service's {@code service ID} line, the
 * old and the new value of each edited field and, on its {@code recovery:} line, what the change did
 * to the wave, the up time and the verdict; under {@code findings}, the findings that appeared or went.
 * Each finding line names its subject ({@link FindingSubject}): "rto-miss (error) checkout: …", so a miss
 * that is still a miss with other figures shows as one line of that subject replaced by another, not as
 * a finding that went.
 * Section lines ({@code plan}, {@code tier ID}, {@code service ID}, {@code scenario ID},
 * {@code findings}) start in the
 * first column and everything else is indented, so git's {@code xfuncname} can name the section of
 * each hunk. Positions are left out (moving a card is layout, not recovery). Lines come in
 * a fixed order (plan, tiers, services by id, the scenarios other than the built-in total one by id,
 * findings in the analysis's order), so equal plans give
 * equal text. Stateless.
 */
public final class PlanFacts {
    private PlanFacts() {
    }

    public static String render(Plan plan, Analysis analysis) {
        StringBuilder out = new StringBuilder();
        out.append("plan: ").append(oneLine(plan.name())).append('\n');
        fields(out, FieldValues.of(plan.settings()));
        out.append("  makespan: ").append(duration(analysis.makespan())).append('\n');
        for (TierPolicy tier : plan.tiers()) {
            out.append("tier ").append(tier.id()).append('\n');
            fields(out, FieldValues.of(tier));
        }
        for (Service service : plan.services()) {
            out.append("service ").append(service.id()).append('\n');
            fields(out, FieldValues.of(service));
            List<Dependency> needs = plan.dependenciesOf(service.id());
            if (!needs.isEmpty()) {
                out.append("  needs: ").append(needs.stream().map(d -> d.to() + " (" + d.type().code() + ")")
                        .collect(Collectors.joining(", "))).append('\n');
            }
            analysis.result(service.id()).ifPresent(r -> out.append("  recovery: ").append(recovery(r)).append('\n'));
        }
        for (Scenario scenario : plan.scenarios()) {
            if (!scenario.isTotal()) {
                out.append("scenario ").append(scenario.id()).append('\n');
                fields(out, FieldValues.of(scenario));
            }
        }
        if (!analysis.findings().isEmpty()) {
            out.append("findings\n");
        }
        for (Finding finding : analysis.findings()) {
            out.append("  ").append(finding.rule()).append(" (").append(finding.severity().code()).append(") ")
                    .append(String.join(", ", FindingSubject.of(finding))).append(": ")
                    .append(oneLine(finding.message())).append('\n');
        }
        return out.toString();
    }

    private static String recovery(ServiceResult r) {
        String wave = r.wave() == null ? "no wave" : "wave " + r.wave();
        String up = r.up() == null ? "never up" : "up " + duration(r.up());
        String target = r.rtoTarget() == null ? "" : " / RTO " + duration(r.rtoTarget());
        return wave + ", " + up + target + ", " + AsciiVerdict.word(r.verdict());
    }

    private static void fields(StringBuilder out, List<FieldValue> values) {
        values.forEach(v -> out.append("  ").append(v.name()).append(": ").append(oneLine(v.value())).append('\n'));
    }

    private static String duration(Duration d) {
        return d == null ? "-" : Durations.format(d);
    }

    /** Line breaks inside a value (notes) would split one fact over several diff lines. */
    private static String oneLine(String text) {
        return text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
    }
}
