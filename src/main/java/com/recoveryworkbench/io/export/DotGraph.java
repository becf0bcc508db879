package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;

/**
 * The plan as a Graphviz DOT digraph: one node per service, labelled with its name and wave and up
 * time, filled with its verdict's colour; one edge per dependency from the dependent to what it
 * needs, dashed when soft. Every id and label is quoted and escaped. Stateless and thread-safe;
 * nodes sorted by id, edges by (from, to).
 */
public final class DotGraph {
    private DotGraph() {
    }

    public static String render(Plan plan, Analysis analysis) {
        StringBuilder out = new StringBuilder();
        out.append("digraph ").append(quote(plan.name())).append(" {\n")
                .append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n");
        for (ServiceResult r : analysis.results()) {
            Service service = plan.service(r.id()).orElseThrow();
            VerdictLook verdict = VerdictLook.of(r.verdict());
            String timing = r.isScheduled() ? "wave " + r.wave() + ", up " + Durations.format(r.up()) : "blocked";
            out.append("  ").append(quote(r.id())).append(" [label=")
                    .append(quote(service.name() + "\n" + timing + " " + verdict.symbol()))
                    .append(", fillcolor=").append(quote(verdict.colour())).append("];\n");
        }
        for (Dependency d : plan.dependencies()) {
            out.append("  ").append(quote(d.from())).append(" -> ").append(quote(d.to()))
                    .append(d.isHard() ? "" : " [style=dashed]").append(";\n");
        }
        return out.append("}\n").toString();
    }

    /** A DOT quoted string: backslashes and quotes escaped, line breaks as {@code \n}. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
