package com.recoveryworkbench.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.recoveryworkbench.analysis.drill.Evidence;
import com.recoveryworkbench.analysis.drill.ProvenResult;
import java.io.IOException;

/**
 * A service's up times in the {@code check --proven} JSON: {@code upSeconds} (planned),
 * {@code provenUpSeconds}, and {@code evidence}, the latest drill result as
 * {@code {"drill", "date", "measuredSeconds", "outcome"}} or {@code null} when no drill covered it.
 */
final class ProvenJsonFields {
    private ProvenJsonFields() {
    }

    static void write(JsonGenerator json, ProvenResult result) throws IOException {
        JsonReport.seconds(json, "upSeconds", result.plannedUp());
        JsonReport.seconds(json, "provenUpSeconds", result.provenUp());
        Evidence evidence = result.evidence();
        if (evidence == null) {
            json.writeNullField("evidence");
            return;
        }
        json.writeObjectFieldStart("evidence");
        json.writeStringField("drill", evidence.drill());
        json.writeStringField("date", evidence.date().toString());
        JsonReport.seconds(json, "measuredSeconds", evidence.measured());
        json.writeStringField("outcome", evidence.outcome().code());
        json.writeEndObject();
    }
}
