package com.recoveryworkbench.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.diff.DependencyChange;
import com.recoveryworkbench.analysis.diff.FieldChange;
import com.recoveryworkbench.analysis.diff.FindingChange;
import com.recoveryworkbench.analysis.diff.PlanComparison;
import com.recoveryworkbench.analysis.diff.RecoveryEffect;
import com.recoveryworkbench.analysis.diff.ScenarioChange;
import com.recoveryworkbench.analysis.diff.ServiceChange;
import com.recoveryworkbench.analysis.diff.ServiceEffect;
import com.recoveryworkbench.analysis.diff.TierChange;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.TierPolicy;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

/**
 * The {@code diff} report for scripts: one JSON object with the keys, in this order, {@code identical},
 * {@code onlyPositions}, {@code plan}, {@code services} ({@code added}, {@code removed}, {@code changed},
 * {@code moved}), {@code dependencies} ({@code added}, {@code removed}, {@code retyped}), {@code tiers}
 * ({@code added}, {@code removed}, {@code changed}), {@code settings}, {@code effect} (everything
 * lost), {@code scenarios} ({@code added}, {@code removed}, {@code changed}: each with its field
 * {@code changes} and its own {@code effect}) and {@code drills} ({@link DiffDrillsJson}). A field change
 * is {@code {field, before, after}} with values as the text report shows them ({@code null} when not
 * set); times in the effect are whole seconds, verdicts lower-case words ({@code at-risk}). The effect's
 * findings are {@code findingsAppeared}, {@code findingsChanged} (still there with other figures:
 * {@code summary}, {@code messageBefore}, {@code messageAfter}) and {@code findingsResolved} (gone). Lists keep
 * the order of {@link PlanComparison}. Pretty-printed with '\n' line ends. Stateless.
 */
final class DiffJsonReport {
    private static final JsonFactory FACTORY = new JsonFactory();

    private DiffJsonReport() {
    }

    static String render(PlanComparison c) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.setPrettyPrinter(JsonReport.prettyPrinter());
            json.writeStartObject();
            json.writeBooleanField("identical", c.isIdentical());
            json.writeBooleanField("onlyPositions", c.onlyLayoutDiffers() && !c.isIdentical());
            fields(json, "plan", c.plan());
            services(json, c);
            dependencies(json, c);
            tiers(json, c);
            fields(json, "settings", c.settings());
            effect(json, c.effect());
            scenarios(json, c);
            DiffDrillsJson.write(json, c.drills());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return text + "\n";
    }

    private static void services(JsonGenerator json, PlanComparison c) throws IOException {
        json.writeObjectFieldStart("services");
        json.writeArrayFieldStart("added");
        for (Service s : c.servicesAdded()) {
            idAndName(json, s.id(), s.name());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("removed");
        for (Service s : c.servicesRemoved()) {
            idAndName(json, s.id(), s.name());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("changed");
        for (ServiceChange change : c.servicesChanged()) {
            json.writeStartObject();
            json.writeStringField("id", change.id());
            json.writeStringField("name", change.name());
            fields(json, "changes", change.changes());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("moved");
        for (String id : c.servicesMoved()) {
            json.writeString(id);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void dependencies(JsonGenerator json, PlanComparison c) throws IOException {
        json.writeObjectFieldStart("dependencies");
        dependencyList(json, "added", c.dependenciesAdded());
        dependencyList(json, "removed", c.dependenciesRemoved());
        json.writeArrayFieldStart("retyped");
        for (DependencyChange d : c.dependenciesRetyped()) {
            json.writeStartObject();
            json.writeStringField("from", d.from());
            json.writeStringField("to", d.to());
            json.writeStringField("before", d.before().code());
            json.writeStringField("after", d.after().code());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void dependencyList(JsonGenerator json, String field, List<Dependency> dependencies)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (Dependency d : dependencies) {
            json.writeStartObject();
            json.writeStringField("from", d.from());
            json.writeStringField("to", d.to());
            json.writeStringField("type", d.type().code());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void tiers(JsonGenerator json, PlanComparison c) throws IOException {
        json.writeObjectFieldStart("tiers");
        json.writeArrayFieldStart("added");
        for (TierPolicy t : c.tiersAdded()) {
            idAndName(json, t.id(), t.name());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("removed");
        for (TierPolicy t : c.tiersRemoved()) {
            idAndName(json, t.id(), t.name());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("changed");
        for (TierChange change : c.tiersChanged()) {
            json.writeStartObject();
            json.writeStringField("id", change.id());
            fields(json, "changes", change.changes());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void scenarios(JsonGenerator json, PlanComparison c) throws IOException {
        json.writeObjectFieldStart("scenarios");
        json.writeArrayFieldStart("added");
        for (Scenario s : c.scenariosAdded()) {
            idAndName(json, s.id(), s.name());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("removed");
        for (Scenario s : c.scenariosRemoved()) {
            idAndName(json, s.id(), s.name());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("changed");
        for (ScenarioChange change : c.scenariosChanged()) {
            json.writeStartObject();
            json.writeStringField("id", change.id());
            json.writeStringField("name", change.name());
            fields(json, "changes", change.changes());
            effect(json, change.effect());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void effect(JsonGenerator json, RecoveryEffect e) throws IOException {
        json.writeObjectFieldStart("effect");
        seconds(json, "makespanBeforeSeconds", e.makespanBefore());
        seconds(json, "makespanAfterSeconds", e.makespanAfter());
        json.writeArrayFieldStart("services");
        for (ServiceEffect s : e.services()) {
            json.writeStartObject();
            json.writeStringField("id", s.id());
            json.writeStringField("name", s.name());
            integer(json, "waveBefore", s.waveBefore());
            integer(json, "waveAfter", s.waveAfter());
            seconds(json, "upBeforeSeconds", s.upBefore());
            seconds(json, "upAfterSeconds", s.upAfter());
            json.writeStringField("complianceBefore", code(s.complianceBefore()));
            json.writeStringField("complianceAfter", code(s.complianceAfter()));
            json.writeEndObject();
        }
        json.writeEndArray();
        findings(json, "findingsAppeared", e.appeared());
        changedFindings(json, e.changed());
        findings(json, "findingsResolved", e.resolved());
        json.writeEndObject();
    }

    private static void findings(JsonGenerator json, String field, List<Finding> findings) throws IOException {
        json.writeArrayFieldStart(field);
        for (Finding f : findings) {
            json.writeStartObject();
            json.writeStringField("severity", f.severity().code());
            json.writeStringField("rule", f.rule());
            // As in the check report: at most the first 100 services, and their count when there are more.
            json.writeArrayFieldStart("services");
            for (String id : f.services().size() <= JsonReport.MAX_LISTED ? f.services()
                    : f.services().subList(0, JsonReport.MAX_LISTED)) {
                json.writeString(id);
            }
            json.writeEndArray();
            if (f.services().size() > JsonReport.MAX_LISTED) {
                json.writeNumberField("serviceCount", f.services().size());
            }
            json.writeStringField("message", f.message());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** A finding still there with other figures: its rule and subject as now, what changed, both messages. */
    private static void changedFindings(JsonGenerator json, List<FindingChange> changes) throws IOException {
        json.writeArrayFieldStart("findingsChanged");
        for (FindingChange c : changes) {
            json.writeStartObject();
            json.writeStringField("severity", c.after().severity().code());
            json.writeStringField("rule", c.after().rule());
            json.writeArrayFieldStart("services");
            for (String id : c.after().services()) {
                json.writeString(id);
            }
            json.writeEndArray();
            json.writeStringField("summary", c.summary());
            json.writeStringField("messageBefore", c.before().message());
            json.writeStringField("messageAfter", c.after().message());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void fields(JsonGenerator json, String field, List<FieldChange> changes) throws IOException {
        json.writeArrayFieldStart(field);
        for (FieldChange change : changes) {
            json.writeStartObject();
            json.writeStringField("field", change.field());
            json.writeStringField("before", change.before());
            json.writeStringField("after", change.after());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void idAndName(JsonGenerator json, String id, String name) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("name", name);
        json.writeEndObject();
    }

    static String code(Verdict compliance) {
        return compliance == null ? null : compliance.code();
    }

    private static void integer(JsonGenerator json, String field, Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value);
        }
    }

    static void seconds(JsonGenerator json, String field, Duration d) throws IOException {
        if (d == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, d.getSeconds());
        }
    }
}
