package com.recoveryworkbench.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.recoveryworkbench.model.ClaimedRecovery;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillResult;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Writes a plan's drill log into a plan file: {@code drills} after {@code dependencies}, left out when
 * the log is empty so that files without drills stay as they were. Keys in a fixed order, optional
 * facts left out when unknown or empty, the scenario only when it is not the default. Stateless.
 */
final class DrillJsonEncoder {
    private DrillJsonEncoder() {
    }

    static void drills(JsonGenerator json, List<Drill> drills) throws IOException {
        if (drills.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("drills");
        for (Drill drill : drills) {
            drill(json, drill);
        }
        json.writeEndArray();
    }

    private static void drill(JsonGenerator json, Drill drill) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", drill.id());
        json.writeStringField("date", drill.date().toString());
        json.writeStringField("name", drill.name());
        if (!drill.scenario().equals(Drill.DEFAULT_SCENARIO)) {
            json.writeStringField("scenario", drill.scenario());
        }
        text(json, "notes", drill.notes());
        json.writeArrayFieldStart("results");
        for (DrillResult result : drill.results()) {
            result(json, result);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void result(JsonGenerator json, DrillResult result) throws IOException {
        json.writeStartObject();
        json.writeStringField("service", result.service());
        duration(json, "measured", result.measured());
        duration(json, "dataLoss", result.dataLoss());
        json.writeStringField("outcome", result.outcome().code());
        claimed(json, result.claimed());
        text(json, "notes", result.notes());
        json.writeEndObject();
    }

    /** Always written, even when empty: an absent {@code planned} would read back as today's claim. */
    private static void claimed(JsonGenerator json, ClaimedRecovery claimed) throws IOException {
        json.writeObjectFieldStart("planned");
        duration(json, "restoreTime", claimed.restoreTime());
        if (claimed.strategy() != null) {
            json.writeStringField("strategy", claimed.strategy().code());
        }
        if (!claimed.hardDependencies().isEmpty()) {
            json.writeArrayFieldStart("dependsOn");
            for (String id : claimed.hardDependencies()) {
                json.writeString(id);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void duration(JsonGenerator json, String key, Duration value) throws IOException {
        if (value != null) {
            json.writeStringField(key, value.toString());
        }
    }

    private static void text(JsonGenerator json, String key, String value) throws IOException {
        if (!value.isEmpty()) {
            json.writeStringField(key, value);
        }
    }
}
