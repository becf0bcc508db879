package com.recoveryworkbench.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.RpoEstimate;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.analysis.Summary;
import com.recoveryworkbench.analysis.drill.ProvenView;
import com.recoveryworkbench.analysis.cost.DowntimeCosts;
import com.recoveryworkbench.analysis.cost.ScenarioCost;
import com.recoveryworkbench.analysis.uncertainty.ServiceUncertainty;
import com.recoveryworkbench.analysis.uncertainty.Uncertainty;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

/**
 * The {@code check} report for scripts: one JSON object with the keys, in this order, {@code plan},
 * {@code scenario} ({@code id}, {@code name}), {@code makespanSeconds}, {@code cycles}, {@code services}
 * (sorted by id, each with its {@code state} and {@code verdict} words), {@code findings} and
 * {@code summary} (counts, whether the check {@code passes}, and why not: {@code failsBecause}, the
 * sentences of {@link CheckFailures}). For several scenarios: {@code {"plan", "scenarios": [report, …]}}, one report per
 * scenario in the plan's order. Durations are whole seconds; a value that does not exist is {@code null} (the RPO
 * of a stateless service or an unprotected one, everything timed for a blocked service). A critical
 * path lists at most its last {@value #MAX_LISTED} ids and a finding at most its first {@value #MAX_LISTED};
 * only then {@code criticalPathLength} / {@code serviceCount} give the whole number. Pretty-printed
 * with '\n' line ends, so the same plan gives the same bytes on every system. Stateless.
 */
final class JsonReport {
    /**
     * The most ids a service's {@code criticalPath} (its last steps) or a finding's {@code services}
     * (its first) lists; the whole count follows when there are more. Whole chains for every service
     * would make the report grow with the square of the plan (417 MB for a 5,000-service chain).
     */
    static final int MAX_LISTED = 100;
    /** Characters beyond the Basic Multilingual Plane (an emoji in a name) are written as UTF-8, not escaped. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private JsonReport() {
    }

    /**
     * Writes the report to {@code out} as UTF-8, ending with a line end, and flushes it; {@code out}
     * stays open. A report of 10,000 services is about 25 MB: written as it is made, it is never held
     * whole in memory, and made as bytes, it is not encoded once more on the way out.
     * With {@code proven} ({@code check --proven}), {@code analysis} is its proven analysis, and each
     * service also has {@code provenUpSeconds} and {@code evidence} after {@code upSeconds}, which keeps
     * the planned up time; the drill findings follow the findings as {@code drillFindings}, and an error
     * among them fails the summary as it fails the exit code ({@link CheckFailures#ofProven}).
     *
     * @throws UncheckedIOException when {@code out} fails
     */
    static void write(OutputStream out, Plan plan, Analysis analysis, ProvenView proven) {
        write(out, plan, analysis, proven, null);
    }

    /**
     * {@link #write(OutputStream, Plan, Analysis, ProvenView)} with {@code check --uncertainty}'s figures: each
     * service then also has {@code p50UpSeconds}, {@code p90UpSeconds} and {@code meetProbability} (0 to 1,
     * {@code null} without a target) after {@code upSeconds}. {@code null}: none, and the fields are left out.
     */
    static void write(OutputStream out, Plan plan, Analysis analysis, ProvenView proven, Uncertainty uncertainty) {
        try (JsonGenerator json = generator(out)) {
            report(json, plan, analysis, proven, uncertainty);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report", e);
        }
        lineEnd(out);
    }

    /**
     * The reports of several scenarios, {@code {"plan": name, "scenarios": [report, …]}}, with one
     * uncertainty per analysis ({@code null}: none at all), written as {@link #write} writes one.
     */
    static void writeAll(OutputStream out, Plan plan, List<Analysis> analyses, List<Uncertainty> uncertainties) {
        try (JsonGenerator json = generator(out)) {
            json.writeStartObject();
            json.writeStringField("plan", plan.name());
            json.writeArrayFieldStart("scenarios");
            for (int i = 0; i < analyses.size(); i++) {
                report(json, plan, analyses.get(i), null, uncertainties == null ? null : uncertainties.get(i));
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report", e);
        }
        lineEnd(out);
    }

    /** A pretty-printing generator that leaves {@code out} open when it is closed (it only flushes it). */
    private static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(prettyPrinter());
        return json;
    }

    private static void lineEnd(OutputStream out) {
        try {
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report", e);
        }
    }

    private static void report(JsonGenerator json, Plan plan, Analysis analysis, ProvenView proven,
                               Uncertainty uncertainty) throws IOException {
        json.writeStartObject();
        json.writeStringField("plan", plan.name());
        json.writeObjectFieldStart("scenario");
        json.writeStringField("id", analysis.scenario().id());
        json.writeStringField("name", analysis.scenario().name());
        json.writeEndObject();
        seconds(json, "makespanSeconds", analysis.makespan());
        json.writeArrayFieldStart("cycles");
        for (List<String> cycle : analysis.cycles()) {
            strings(json, cycle);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("services");
        for (ServiceResult result : analysis.results()) {
            service(json, plan.service(result.id()).orElseThrow(), result, proven,
                    uncertainty == null ? null : uncertainty.service(result.id()).orElseThrow());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("findings");
        for (Finding finding : analysis.findings()) {
            finding(json, finding);
        }
        json.writeEndArray();
        if (proven != null) {
            json.writeArrayFieldStart("drillFindings");
            for (Finding finding : proven.findings()) {
                finding(json, finding);
            }
            json.writeEndArray();
        }
        List<String> failures = proven == null ? CheckFailures.of(plan, analysis) : CheckFailures.ofProven(plan, proven);
        summary(json, analysis.summary(), failures, DowntimeCosts.of(plan, analysis).orElse(null));
        json.writeEndObject();
    }

    private static void service(JsonGenerator json, Service service, ServiceResult r, ProvenView proven,
                                ServiceUncertainty uncertain) throws IOException {
        json.writeStartObject();
        text(json, ReportFields.ID, r.id());
        text(json, ReportFields.NAME, service.name());
        text(json, ReportFields.TIER, service.tier());
        text(json, ReportFields.STATE, r.state().code());
        text(json, ReportFields.VERDICT, r.verdict().code());
        json.writeFieldName(ReportFields.WAVE);
        if (r.wave() == null) {
            json.writeNull();
        } else {
            json.writeNumber(r.wave());
        }
        seconds(json, ReportFields.START_SECONDS, r.start());
        if (proven == null) {
            seconds(json, ReportFields.UP_SECONDS, r.up());
        } else {
            ProvenJsonFields.write(json, proven.result(r.id()).orElseThrow());
        }
        if (uncertain != null) {
            seconds(json, "p50UpSeconds", uncertain.p50Up());
            seconds(json, "p90UpSeconds", uncertain.p90Up());
            if (uncertain.meetProbability() == null) {
                json.writeNullField("meetProbability");
            } else {
                json.writeNumberField("meetProbability", uncertain.meetProbability());
            }
        }
        seconds(json, ReportFields.RTO_TARGET_SECONDS, r.rtoTarget());
        bool(json, ReportFields.RTO_MET, r.rtoMet());
        seconds(json, ReportFields.RPO_SECONDS, r.achievableRpo() instanceof RpoEstimate.Bounded b ? b.loss() : null);
        seconds(json, ReportFields.RPO_TARGET_SECONDS, r.rpoTarget());
        bool(json, ReportFields.RPO_MET, r.rpoMet());
        seconds(json, ReportFields.SLACK_SECONDS, r.slack());
        List<String> path = r.criticalPath();
        json.writeFieldName(ReportFields.CRITICAL_PATH);
        strings(json, path.size() <= MAX_LISTED ? path : path.subList(path.size() - MAX_LISTED, path.size()));
        if (path.size() > MAX_LISTED) {
            json.writeFieldName(ReportFields.CRITICAL_PATH_LENGTH);
            json.writeNumber(path.size());
        }
        json.writeEndObject();
    }

    static void finding(JsonGenerator json, Finding f) throws IOException {
        json.writeStartObject();
        text(json, ReportFields.SEVERITY, f.severity().code());
        text(json, ReportFields.RULE, f.rule());
        json.writeFieldName(ReportFields.SERVICES);
        strings(json, f.services().size() <= MAX_LISTED ? f.services() : f.services().subList(0, MAX_LISTED));
        if (f.services().size() > MAX_LISTED) {
            json.writeFieldName(ReportFields.SERVICE_COUNT);
            json.writeNumber(f.services().size());
        }
        text(json, ReportFields.MESSAGE, f.message());
        json.writeEndObject();
    }

    /** @param cost {@code null} when the plan has no rates: then no money is written */
    private static void summary(JsonGenerator json, Summary s, List<String> failures, ScenarioCost cost)
            throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("services", s.services());
        json.writeNumberField("compliant", s.compliant());
        json.writeNumberField("rtoMisses", s.rtoMisses());
        json.writeNumberField("rpoMisses", s.rpoMisses());
        json.writeNumberField("errors", s.errors());
        json.writeNumberField("warnings", s.warnings());
        if (cost != null) {
            json.writeObjectFieldStart("cost");
            json.writeNumberField("total", cost.total());
            json.writeStringField("currency", cost.currency());
            json.writeNumberField("blockedAtHorizon", cost.blockedAtHorizon());
            json.writeEndObject();
        }
        json.writeBooleanField("passes", failures.isEmpty());
        json.writeFieldName("failsBecause");
        strings(json, failures);
        json.writeEndObject();
    }

    static void seconds(JsonGenerator json, String field, Duration d) throws IOException {
        if (d == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, d.getSeconds());
        }
    }

    private static void seconds(JsonGenerator json, SerializableString field, Duration d) throws IOException {
        json.writeFieldName(field);
        if (d == null) {
            json.writeNull();
        } else {
            json.writeNumber(d.getSeconds());
        }
    }

    private static void bool(JsonGenerator json, SerializableString field, Boolean value) throws IOException {
        json.writeFieldName(field);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeBoolean(value);
        }
    }

    private static void text(JsonGenerator json, SerializableString field, String value) throws IOException {
        json.writeFieldName(field);
        json.writeString(value);
    }

    private static void strings(JsonGenerator json, List<String> values) throws IOException {
        json.writeStartArray();
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
