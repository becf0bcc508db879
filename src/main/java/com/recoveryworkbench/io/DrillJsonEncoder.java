package com.recoveryworkbench.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.recoveryworkbench.model.ClaimedRecovery;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Plan;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a plan's drill log into a plan file: {@code drills} after {@code scenarios}, left out when
 * the log is empty so that files without drills stay as they were. Keys in a fixed order, optional
 * facts left out when unknown or empty, the scenario only when it is not the default.
 *
 * <p>A result's {@code planned} (what the plan claimed on the day of the drill) is written only when it
 * differs from what the plan in the same file claims; the reader takes an absent one as exactly that.
 * Nothing is lost, files with current evidence stay about half as large, and a change to a service
 * that makes its evidence stale shows in the diff as the old claim appearing beside its results.
 * Stateless.
 */
final class DrillJsonEncoder {
    private DrillJsonEncoder() {
    }

    static void drills(JsonGenerator json, Plan plan) throws IOException {
        if (plan.drills().isEmpty()) {
            return;
        }
        Map<String, ClaimedRecovery> claimsToday = new HashMap<>();
        json.writeArrayFieldStart("drills");
        for (Drill drill : plan.drills()) {
            drill(json, drill, id -> claimsToday.computeIfAbsent(id, service -> ClaimedRecovery.of(plan, service)));
        }
        json.writeEndArray();
    }

    private static void drill(JsonGenerator json, Drill drill, Function<String, ClaimedRecovery> claimsToday)
            throws IOException {
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
            result(json, result, claimsToday.apply(result.service()));
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void result(JsonGenerator json, DrillResult result, ClaimedRecovery claimedToday)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("service", result.service());
        duration(json, "measured", result.measured());
        duration(json, "dataLoss", result.dataLoss());
        json.writeStringField("outcome", result.outcome().code());
        if (!result.claimed().equals(claimedToday)) {
            claimed(json, result.claimed());
        }
        text(json, "notes", result.notes());
        json.writeEndObject();
    }

    /** Written even when empty: an absent {@code planned} would read back as today's claim. */
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
