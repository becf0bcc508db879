package com.recoveryworkbench.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.recoveryworkbench.analysis.diff.DrillChange;
import com.recoveryworkbench.analysis.diff.DrillLogChange;
import com.recoveryworkbench.analysis.diff.ProvenChange;
import com.recoveryworkbench.model.Drill;
import java.io.IOException;
import java.util.List;

/**
 * The {@code drills} object of the {@code diff} JSON report: {@code added} and {@code removed} (each
 * {@code {id, name, date, scenario}}), {@code changed} (each {@code {id, name, changes}}, the changes as
 * every other field change: {@code date}, {@code name}, {@code scenario}, {@code notes},
 * {@code results.SERVICE} such as {@code "55m, recovered"}, {@code results.SERVICE.notes}) and
 * {@code proven}: the services whose proven up time or verdict changed, each
 * {@code {id, name, provenUpBeforeSeconds, provenUpAfterSeconds, provenComplianceBefore,
 * provenComplianceAfter}} (seconds {@code null} when blocked). Stateless.
 */
final class DiffDrillsJson {
    private DiffDrillsJson() {
    }

    static void write(JsonGenerator json, DrillLogChange drills) throws IOException {
        json.writeObjectFieldStart("drills");
        drillList(json, "added", drills.added());
        drillList(json, "removed", drills.removed());
        json.writeArrayFieldStart("changed");
        for (DrillChange change : drills.changed()) {
            json.writeStartObject();
            json.writeStringField("id", change.id());
            json.writeStringField("name", change.name());
            DiffJsonReport.fields(json, "changes", change.changes());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("proven");
        for (ProvenChange p : drills.proven()) {
            json.writeStartObject();
            json.writeStringField("id", p.id());
            json.writeStringField("name", p.name());
            DiffJsonReport.seconds(json, "provenUpBeforeSeconds", p.upBefore());
            DiffJsonReport.seconds(json, "provenUpAfterSeconds", p.upAfter());
            json.writeStringField("provenComplianceBefore", DiffJsonReport.code(p.verdictBefore()));
            json.writeStringField("provenComplianceAfter", DiffJsonReport.code(p.verdictAfter()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void drillList(JsonGenerator json, String field, List<Drill> drills) throws IOException {
        json.writeArrayFieldStart(field);
        for (Drill d : drills) {
            json.writeStartObject();
            json.writeStringField("id", d.id());
            json.writeStringField("name", d.name());
            json.writeStringField("date", d.date().toString());
            json.writeStringField("scenario", d.scenario());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
