package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.analysis.RpoEstimate;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The compliance table as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, a
 * quote or a line break). One row per service, sorted by id; durations in the compact form
 * ({@code 1h30m}); a cell is empty where the value does not apply (no wave for a blocked service, no
 * RPO for a stateless one). Write the text as UTF-8. Stateless and thread-safe.
 *
 * <p>A plan file may come from anyone, so the cells it fills with free text (id, name, tier, owner,
 * region, standby region) are made inert for spreadsheets: one starting with {@code = + - @}, a tab or a carriage
 * return gets a leading {@code '} (OWASP's advice against CSV injection), unless it is a plain
 * number. The computed cells (wave, durations, verdict) are ours and left as they are: a negative
 * slack such as {@code -24m} is a value, never a formula a plan could choose.
 */
public final class ComplianceCsv {
    static final List<String> HEADER = List.of("id", "name", "tier", "wave", "start", "up", "rto_target", "slack",
            "rpo_achievable", "rpo_target", "compliance", "owner", "region", "strategy", "standby_region", "failover");

    private static final String FORMULA_START = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private ComplianceCsv() {
    }

    public static String render(Plan plan, Analysis analysis) {
        StringBuilder out = new StringBuilder();
        line(out, HEADER);
        for (ServiceResult r : analysis.results()) {
            Service s = plan.service(r.id()).orElseThrow();
            boolean rpoApplies = !(r.achievableRpo() instanceof RpoEstimate.NotApplicable);
            line(out, List.of(inert(r.id()), inert(s.name()), inert(s.tier()), r.wave() == null ? "" : r.wave().toString(),
                    Durations.format(r.start()), Durations.format(r.up()), Durations.format(r.rtoTarget()),
                    Durations.format(r.slack()), rpo(r.achievableRpo()),
                    rpoApplies ? Durations.format(r.rpoTarget()) : "", code(r.verdict()), inert(s.owner()),
                    inert(s.region()), s.strategy() == null ? "" : s.strategy().code(), inert(s.standbyRegion()),
                    Durations.format(s.failoverTime())));
        }
        return out.toString();
    }

    private static String rpo(RpoEstimate estimate) {
        if (estimate instanceof RpoEstimate.Bounded bounded) {
            return Durations.format(bounded.loss());
        }
        return estimate instanceof RpoEstimate.Unbounded ? "unbounded" : "";
    }

    /** {@code AT_RISK} → {@code at-risk}: stable words a spreadsheet filter can use. */
    static String code(Verdict compliance) {
        return compliance.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code field}, or {@code 'field} when a spreadsheet would read it as a formula. */
    static String inert(String field) {
        if (field.isEmpty() || FORMULA_START.indexOf(field.charAt(0)) < 0 || NUMBER.matcher(field).matches()) {
            return field;
        }
        return "'" + field;
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            out.append(i == 0 ? "" : ",").append(quote(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String quote(String field) {
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
