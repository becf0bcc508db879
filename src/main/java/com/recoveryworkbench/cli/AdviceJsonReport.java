package com.recoveryworkbench.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.recoveryworkbench.analysis.advice.Candidate;
import com.recoveryworkbench.analysis.advice.Outcome;
import com.recoveryworkbench.analysis.advice.PlanChange;
import com.recoveryworkbench.analysis.advice.ServiceSensitivity;
import com.recoveryworkbench.model.Plan;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * The {@code advise} report for scripts: {@code {"plan", "candidates": [{"rank", "change", "missesCleared",
 * "latenessRemovedSeconds", "costAvoided", "before", "after"}]}}, or with {@code --sensitivity}
 * {@code {"plan", "sensitivity": [{"service", "lateMinutesPerMinute"}]}}. Money is {@code null} when the
 * plan has no rates. docs/advice.md lists the keys of each change type. Stateless.
 */
final class AdviceJsonReport {
    private static final JsonFactory FACTORY = new JsonFactory();

    private AdviceJsonReport() {
    }

    static String render(Plan plan, List<Candidate> candidates) {
        return write(json -> {
            json.writeStartObject();
            json.writeStringField("plan", plan.name());
            json.writeArrayFieldStart("candidates");
            int rank = 1;
            for (Candidate c : candidates) {
                json.writeStartObject();
                json.writeNumberField("rank", rank++);
                change(json, c.change());
                json.writeNumberField("missesCleared", c.missesCleared());
                json.writeNumberField("latenessRemovedSeconds", c.latenessRemovedSeconds());
                money(json, "costAvoided", c.costAvoided());
                outcome(json, "before", c.before());
                outcome(json, "after", c.after());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    static String renderSensitivity(Plan plan, List<ServiceSensitivity> weights) {
        return write(json -> {
            json.writeStartObject();
            json.writeStringField("plan", plan.name());
            json.writeArrayFieldStart("sensitivity");
            for (ServiceSensitivity w : weights) {
                json.writeStartObject();
                json.writeStringField("service", w.service());
                json.writeNumberField("lateMinutesPerMinute", w.lateMinutesPerMinute());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static String write(Body body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.setPrettyPrinter(JsonReport.prettyPrinter());
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return text + "\n";
    }

    private static void change(JsonGenerator json, PlanChange change) throws IOException {
        json.writeObjectFieldStart("change");
        json.writeStringField("type", change.type());
        if (change instanceof PlanChange.RestoreTime c) {
            json.writeStringField("service", c.service());
            seconds(json, c.from(), c.to());
        } else if (change instanceof PlanChange.FailoverTime c) {
            json.writeStringField("service", c.service());
            seconds(json, c.from(), c.to());
        } else if (change instanceof PlanChange.MakeSoft c) {
            json.writeObjectFieldStart("dependency");
            json.writeStringField("from", c.from());
            json.writeStringField("to", c.to());
            json.writeEndObject();
        } else if (change instanceof PlanChange.Strategy c) {
            json.writeStringField("service", c.service());
            json.writeStringField("strategy", c.to().code());
        } else if (change instanceof PlanChange.Capacity c) {
            json.writeNumberField("fromSlots", c.from());
            json.writeNumberField("toSlots", c.to());
        } else if (change instanceof PlanChange.DeclarationDelay c) {
            seconds(json, c.from(), c.to());
        } else if (change instanceof PlanChange.RelaxTarget c) {
            json.writeStringField("tier", c.tier());
            seconds(json, c.from(), c.to());
        }
        json.writeEndObject();
    }

    private static void seconds(JsonGenerator json, Duration from, Duration to) throws IOException {
        json.writeNumberField("fromSeconds", from.getSeconds());
        json.writeNumberField("toSeconds", to.getSeconds());
    }

    private static void outcome(JsonGenerator json, String key, Outcome o) throws IOException {
        json.writeObjectFieldStart(key);
        json.writeNumberField("misses", o.misses());
        if (o.makespanSeconds() == null) {
            json.writeNullField("makespanSeconds");
        } else {
            json.writeNumberField("makespanSeconds", o.makespanSeconds());
        }
        money(json, "cost", o.cost());
        json.writeEndObject();
    }

    private static void money(JsonGenerator json, String key, BigDecimal amount) throws IOException {
        if (amount == null) {
            json.writeNullField(key);
        } else {
            json.writeNumberField(key, amount);
        }
    }
}
