package com.recoveryworkbench.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceCsvTest {
    private final Plan plan = ExportPlans.retail();

    @Test
    void oneRowPerServiceSortedByIdWithEmptyCellsWhereNothingApplies() {
        List<List<String>> rows = parse(ComplianceCsv.render(plan, ExportPlans.analyze(plan)));

        assertEquals(List.of(
                List.of("id", "name", "tier", "wave", "start", "up", "rto_target", "slack", "rpo_achievable",
                        "rpo_target", "compliance", "owner", "region", "strategy", "standby_region", "failover"),
                List.of("auth", "Auth", "tier-1", "2", "40m", "44m", "20m", "-24m", "", "", "missed", "Identity", "", "", "", ""),
                List.of("cache", "Cache", "tier-1", "1", "0s", "2m", "30m", "28m", "", "", "meets", "", "", "", "", ""),
                List.of("checkout", "Checkout", "tier-1", "3", "44m", "52m", "20m", "-32m", "", "", "missed",
                        "Web_team *core*", "", "", "", ""),
                List.of("job-a", "Job <A>", "tier-1", "", "", "", "20m", "", "", "", "blocked", "", "", "", "", ""),
                List.of("job-b", "Job \"B\" & co", "tier-1", "", "", "", "20m", "", "", "", "blocked", "", "", "", "", ""),
                List.of("legacy-db", "Legacy DB", "tier-1", "1", "0s", "40m", "20m", "-20m", "unbounded", "15m",
                        "missed", "DBA team", "eu-west", "", "", "")), rows);
    }

    @Test
    void quotesCommasQuotesAndLineBreaks() {
        Plan tricky = plan.withService(Service.builder("odd", ServiceKind.APPLICATION)
                .name("Pay, \"fast\"").owner("Ops\nnight").build());

        String csv = ComplianceCsv.render(tricky, ExportPlans.analyze(tricky));

        assertTrue(csv.contains("\r\nodd,\"Pay, \"\"fast\"\"\","), csv);
        List<String> odd = parse(csv).stream().filter(row -> row.get(0).equals("odd")).findFirst().orElseThrow();
        assertEquals("Pay, \"fast\"", odd.get(1));
        assertEquals("Ops\nnight", odd.get(11));
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreMadeInertWithALeadingQuote() {
        Plan hostile = plan.withService(Service.builder("evil", ServiceKind.APPLICATION)
                .name("=HYPERLINK(\"http://x.example\",\"click\")").owner("@SUM(A1:A9)").region("+1+cmd|' /C calc'!A0")
                .build()).withService(Service.builder("minus", ServiceKind.APPLICATION).name("-2+3").owner("-42")
                .region("3.5").build());

        List<List<String>> rows = parse(ComplianceCsv.render(hostile, ExportPlans.analyze(hostile)));

        List<String> evil = rows.stream().filter(row -> row.get(0).equals("evil")).findFirst().orElseThrow();
        List<String> minus = rows.stream().filter(row -> row.get(0).equals("minus")).findFirst().orElseThrow();
        assertEquals("'=HYPERLINK(\"http://x.example\",\"click\")", evil.get(1));
        assertEquals("'@SUM(A1:A9)", evil.get(11));
        assertEquals("'+1+cmd|' /C calc'!A0", evil.get(12));
        assertEquals("'-2+3", minus.get(1));
        assertEquals("-42", minus.get(11), "a plain number stays a number");
        assertEquals("3.5", minus.get(12));
    }

    @Test
    void tabsAndCarriageReturnsAtTheStartAreMadeInertToo() {
        assertEquals("'\t=1+1", ComplianceCsv.inert("\t=1+1"));
        assertEquals("'\r=1+1", ComplianceCsv.inert("\r=1+1"));
        assertEquals("Checkout = cart", ComplianceCsv.inert("Checkout = cart"));
        assertEquals("", ComplianceCsv.inert(""));
    }

    @Test
    void computedNegativeSlackIsLeftAsItIs() {
        String csv = ComplianceCsv.render(plan, ExportPlans.analyze(plan));

        assertTrue(csv.contains(",-24m,"), csv);
        assertFalse(csv.contains("'-"), csv);
    }

    @Test
    void linesEndInCrLf() {
        String csv = ComplianceCsv.render(plan, ExportPlans.analyze(plan));

        assertEquals(7, csv.split("\r\n", -1).length - 1);
        assertTrue(csv.endsWith("eu-west,,,\r\n"), csv);
    }

    /** A small RFC 4180 reader, independent of the code under test. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
