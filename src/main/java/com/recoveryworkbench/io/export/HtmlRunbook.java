package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.model.Plan;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The runbook as one self-contained, printable HTML page: the plan's description, a summary line
 * (with the scenario's cost of downtime when the plan has rates), the map (the SVG picture, inline),
 * then each wave's steps (the planned time, and what the latest drill measured), the findings and the
 * drill history: each drill's date, name, scenario, outcome counts and lessons. Inline CSS, no
 * scripts, nothing loaded from elsewhere, so it can be mailed or printed before the network goes
 * down. The markup is XHTML (every tag closed) so XML tools read it too. Every text is escaped. Stateless and thread-safe; the
 * same plan, analysis and date give the same page.
 */
public final class HtmlRunbook {
    private static final String STYLE = """
            body { font-family: sans-serif; margin: 2em; color: #111; }
            table { border-collapse: collapse; width: 100%; margin-bottom: 1em; }
            th, td { border: 1px solid #999; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
            td.measured { min-width: 6em; }
            .meets { color: #009e73; } .at-risk { color: #b07800; } .missed { color: #d55e00; }
            .blocked { color: #cc79a7; } .incomplete { color: #666; }
            h2 { page-break-after: avoid; } tr { page-break-inside: avoid; }
            .summary { font-weight: bold; }
            .map svg { max-width: 100%; height: auto; border: 1px solid #ccc; }
            """;
    private static final String HEADINGS = "<tr><th>Done</th><th>Service</th><th>Owner</th><th>Planned</th>"
            + "<th>Last drill</th><th>Waits for</th><th>Expected up</th><th>RTO target</th><th>Data loss</th>"
            + "<th>Verdict</th><th>Measured</th></tr>";

    private HtmlRunbook() {
    }

    /** @param date the day printed on the runbook (the CLI passes today) */
    public static String render(Plan plan, Analysis analysis, LocalDate date) {
        Runbook runbook = Runbook.of(plan, analysis, date);
        String title = Xml.escape(runbook.title()) + " — recovery runbook";
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n<title>").append(title).append("</title>\n<style>\n")
                .append(STYLE).append("</style>\n</head>\n<body>\n<h1>").append(title).append("</h1>\n");
        if (!plan.description().isBlank()) {
            out.append("<p class=\"description\">").append(Xml.escape(plan.description().strip())).append("</p>\n");
        }
        out.append("<p class=\"summary\">").append(Xml.escape(RunbookSummary.of(plan, analysis))).append("</p>\n<ul>\n")
                .append("<li>Date: ").append(runbook.date()).append("</li>\n")
                .append(runbook.scenario() == null ? "" : "<li>Scenario: " + Xml.escape(runbook.scenario()) + "</li>\n")
                .append("<li>Declaration delay: ").append(runbook.declarationDelay()).append("</li>\n")
                .append("<li>Restore capacity: ").append(runbook.restoreCapacity()).append("</li>\n</ul>\n");
        map(out, plan, analysis);
        for (Runbook.Wave wave : runbook.waves()) {
            out.append("<h2>Wave ").append(wave.number()).append("</h2>\n");
            table(out, wave.steps());
        }
        if (!runbook.blocked().isEmpty()) {
            out.append("<h2>Blocked by a cycle</h2>\n")
                    .append("<p>These services cannot be restored as drawn: break the cycle first.</p>\n");
            table(out, runbook.blocked());
        }
        out.append("<h2>Findings</h2>\n");
        if (runbook.findings().isEmpty()) {
            out.append("<p>None.</p>\n");
        }
        for (Runbook.FindingGroup group : runbook.findings()) {
            out.append("<h3>").append(group.title()).append(" (").append(group.findings().size())
                    .append(")</h3>\n<ul>\n");
            for (Finding f : group.findings()) {
                out.append("<li><code>").append(Xml.escape(f.rule())).append("</code>: ")
                        .append(Xml.escape(f.message())).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        drillHistory(out, runbook.drills());
        return out.append("</body>\n</html>\n").toString();
    }

    private static void drillHistory(StringBuilder out, List<RunbookDrills.Entry> drills) {
        out.append("<h2>Drill history</h2>\n");
        if (drills.isEmpty()) {
            out.append("<p>No drill has been recorded.</p>\n");
            return;
        }
        out.append("<table class=\"drills\">\n<thead><tr><th>Date</th><th>Drill</th><th>Scenario</th>")
                .append("<th>Outcomes</th><th>Lessons</th></tr></thead>\n<tbody>\n");
        for (RunbookDrills.Entry drill : drills) {
            out.append("<tr>").append(cell(drill.date().toString())).append(cell(drill.name()))
                    .append(cell(drill.scenario())).append(cell(drill.outcomes())).append("<td>");
            if (!drill.notes().isEmpty()) {
                out.append("<p>").append(Xml.escape(drill.notes())).append("</p>");
            }
            if (!drill.lessons().isEmpty()) {
                out.append("<ul>");
                drill.lessons().forEach(lesson -> out.append("<li>").append(Xml.escape(lesson)).append("</li>"));
                out.append("</ul>");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** The map as the SVG export draws it, inline (its own XML declaration left out). */
    private static void map(StringBuilder out, Plan plan, Analysis analysis) {
        if (plan.serviceCount() == 0) {
            return;
        }
        String svg = SvgPicture.render(MapPicture.of(plan, analysis, Set.of()));
        out.append("<h2>Map</h2>\n<div class=\"map\">\n").append(svg.substring(svg.indexOf("<svg")))
                .append("</div>\n");
    }

    private static void table(StringBuilder out, List<Runbook.Step> steps) {
        out.append("<table>\n<thead>").append(HEADINGS).append("</thead>\n<tbody>\n");
        for (Runbook.Step step : steps) {
            VerdictLook verdict = step.verdict();
            out.append("<tr><td><input type=\"checkbox\"/></td>")
                    .append(cell(step.name())).append(cell(step.owner())).append(cell(step.isRestore() ? step.restoreTime()
                            : step.action() + ": " + step.restoreTime()))
                    .append(cell(step.lastDrill() == null ? "-" : step.lastDrill()))
                    .append(cell(step.waitsFor().isEmpty() ? "nothing" : String.join(", ", step.waitsFor())))
                    .append(cell(step.up())).append(cell(step.rtoTarget()))
                    .append(cell(step.dataLoss() == null ? "-" : step.dataLoss()))
                    .append("<td class=\"").append(verdict.word().replace(' ', '-')).append("\">")
                    .append(verdict.symbol()).append(' ').append(verdict.word()).append("</td>")
                    .append("<td class=\"measured\"></td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static String cell(String text) {
        return "<td>" + Xml.escape(text) + "</td>";
    }
}
