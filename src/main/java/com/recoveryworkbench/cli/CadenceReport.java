package com.recoveryworkbench.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.recoveryworkbench.analysis.drill.CadenceCheck;
import com.recoveryworkbench.analysis.drill.CadenceStatus;
import com.recoveryworkbench.analysis.drill.DrillCadence;
import com.recoveryworkbench.cli.TextTable.Align;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The {@code check --cadence} report: per service of a tier with a drill cadence, its last drill it
 * recovered in, until when that evidence counts, and whether it is current as of the date. JSON:
 * {@code {"plan", "asOf", "passes", "services": [{"id", "tier", "cadenceDays", "lastRecovered":
 * {"drill", "date"} or null, "currentUntil": date or null, "current"}]}}. Stateless.
 */
final class CadenceReport {
    private static final JsonFactory FACTORY = new JsonFactory();

    private CadenceReport() {
    }

    static String text(Plan plan, CadenceCheck check) {
        TextTable table = new TextTable("    ", Align.LEFT, Align.LEFT, Align.RIGHT, Align.LEFT, Align.LEFT,
                Align.LEFT);
        table.heading(plan.name() + ": drill evidence as of " + check.asOf());
        table.row("Service", "Tier", "Every", "Last recovered", "Counts until", "Status");
        for (CadenceStatus s : check.statuses()) {
            table.row(plan.service(s.service()).map(Service::name).orElse(s.service()), s.tier(),
                    DrillCadence.days(s.cadence()) + "d",
                    s.lastRecovered() == null ? "-" : s.lastRecovered().date() + " " + s.lastRecovered().drill(),
                    s.lastCurrentDay().map(Object::toString).orElse("-"), status(s));
        }
        long gaps = check.statuses().stream().filter(s -> !s.current()).count();
        String summary = check.statuses().isEmpty() ? "No tier of this plan asks for drills."
                : gaps == 0 ? "Every service's drill evidence is current."
                : gaps + " of " + check.statuses().size() + " services lack current drill evidence.";
        return table.render() + "\n" + summary + "\n";
    }

    private static String status(CadenceStatus s) {
        if (s.current()) {
            return "current";
        }
        return !s.drilled() ? "never drilled" : s.lastRecovered() == null ? "never recovered" : "overdue";
    }

    static String json(Plan plan, CadenceCheck check) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.setPrettyPrinter(JsonReport.prettyPrinter());
            json.writeStartObject();
            json.writeStringField("plan", plan.name());
            json.writeStringField("asOf", check.asOf().toString());
            json.writeBooleanField("passes", check.passes());
            json.writeArrayFieldStart("services");
            for (CadenceStatus s : check.statuses()) {
                json.writeStartObject();
                json.writeStringField("id", s.service());
                json.writeStringField("tier", s.tier());
                json.writeNumberField("cadenceDays", DrillCadence.days(s.cadence()));
                if (s.lastRecovered() == null) {
                    json.writeNullField("lastRecovered");
                    json.writeNullField("currentUntil");
                } else {
                    json.writeObjectFieldStart("lastRecovered");
                    json.writeStringField("drill", s.lastRecovered().drill());
                    json.writeStringField("date", s.lastRecovered().date().toString());
                    json.writeEndObject();
                    json.writeStringField("currentUntil", s.lastCurrentDay().orElseThrow().toString());
                }
                json.writeBooleanField("current", s.current());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return text + "\n";
    }
}
