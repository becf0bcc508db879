package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;

/**
 * The plan as GraphML that yEd and other graph tools open: nodes with keys for label, tier,
 * compliance and colour; edges from the dependent to what it needs with their type. Every text is
 * XML-escaped. Stateless and thread-safe; nodes sorted by id, edges by (from, to).
 */
public final class GraphMlGraph {
    private GraphMlGraph() {
    }

    public static String render(Plan plan, Analysis analysis) {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n")
                .append("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n")
                .append("  <key id=\"tier\" for=\"node\" attr.name=\"tier\" attr.type=\"string\"/>\n")
                .append("  <key id=\"compliance\" for=\"node\" attr.name=\"compliance\" attr.type=\"string\"/>\n")
                .append("  <key id=\"color\" for=\"node\" attr.name=\"color\" attr.type=\"string\"/>\n")
                .append("  <key id=\"type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n")
                .append("  <graph id=\"").append(Xml.escape(plan.name())).append("\" edgedefault=\"directed\">\n");
        for (ServiceResult r : analysis.results()) {
            Service service = plan.service(r.id()).orElseThrow();
            out.append("    <node id=\"").append(Xml.escape(r.id())).append("\">\n")
                    .append(data("label", service.name()))
                    .append(data("tier", service.tier()))
                    .append(data("compliance", ComplianceCsv.code(r.verdict())))
                    .append(data("color", VerdictLook.of(r.verdict()).colour()))
                    .append("    </node>\n");
        }
        for (Dependency d : plan.dependencies()) {
            out.append("    <edge source=\"").append(Xml.escape(d.from())).append("\" target=\"")
                    .append(Xml.escape(d.to())).append("\">\n")
                    .append(data("type", d.isHard() ? "hard" : "soft"))
                    .append("    </edge>\n");
        }
        return out.append("  </graph>\n</graphml>\n").toString();
    }

    private static String data(String key, String value) {
        return "      <data key=\"" + key + "\">" + Xml.escape(value) + "</data>\n";
    }
}
