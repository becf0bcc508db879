package com.recoveryworkbench.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.RestoreTimeRange;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;

/**
 * Writes a plan as the text of a plan file: keys in a fixed order, lists in the plan's order (sorted
 * by id), optional facts left out when unknown or empty, {@code "key": value} with two-space indents
 * and {@code \n} line ends on every platform. The same plan always gives the same text.
 * Stateless and thread-safe.
 */
final class PlanJsonEncoder {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(INDENT)
            .withArrayIndenter(INDENT);

    private PlanJsonEncoder() {
    }

    static String encode(Plan plan) {
        StringWriter out = new StringWriter(1024 + 400 * plan.serviceCount());
        // A pretty printer counts nesting as it goes: one instance per document.
        try (JsonGenerator json = FACTORY.createGenerator(out).setPrettyPrinter(PRETTY.createInstance())) {
            json.writeStartObject();
            json.writeStringField("format", PlanFormat.FORMAT);
            json.writeNumberField("schemaVersion", PlanFormat.SCHEMA_VERSION);
            json.writeStringField("name", plan.name());
            text(json, "description", plan.description());
            settings(json, plan.settings());
            json.writeArrayFieldStart("tiers");
            for (TierPolicy tier : plan.tiers()) {
                tier(json, tier);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("services");
            for (Service service : plan.services()) {
                service(json, service);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("dependencies");
            for (Dependency dependency : plan.dependencies()) {
                dependency(json, dependency);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("scenarios");
            for (Scenario scenario : plan.scenarios()) {
                // The built-in scenario is part of every plan; only a renamed or described one is kept.
                if (!scenario.equals(Scenario.TOTAL)) {
                    scenario(json, scenario);
                }
            }
            json.writeEndArray();
            DrillJsonEncoder.drills(json, plan);
            LayoutCodec.encode(json, plan.folded());
            json.writeEndObject();
        } catch (IOException e) {
            // Writing to a StringWriter performs no I/O.
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private static void settings(JsonGenerator json, Settings settings) throws IOException {
        json.writeObjectFieldStart("settings");
        json.writeStringField("declarationDelay", settings.declarationDelay().toString());
        json.writeNumberField("restoreCapacity", settings.restoreCapacity());
        text(json, "currency", settings.currency());
        if (!settings.horizon().equals(Settings.DEFAULT_HORIZON)) {
            duration(json, "horizon", settings.horizon());
        }
        json.writeEndObject();
    }

    private static void tier(JsonGenerator json, TierPolicy tier) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", tier.id());
        json.writeStringField("name", tier.name());
        duration(json, "rtoTarget", tier.rtoTarget());
        duration(json, "rpoTarget", tier.rpoTarget());
        duration(json, "drillCadence", tier.drillCadence());
        json.writeStringField("color", tier.color());
        rate(json, tier.downtimeCostPerHour());
        json.writeEndObject();
    }

    private static void service(JsonGenerator json, Service service) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", service.id());
        json.writeStringField("name", service.name());
        json.writeStringField("kind", service.kind().code());
        json.writeStringField("tier", service.tier());
        duration(json, "restoreTime", service.restoreTime());
        range(json, service.restoreTimeRange());
        if (service.stateful() != null) {
            json.writeBooleanField("stateful", service.stateful());
        }
        protection(json, service.protection());
        if (service.strategy() != null) {
            json.writeStringField("strategy", service.strategy().code());
        }
        duration(json, "rtoTarget", service.rtoTarget());
        duration(json, "rpoTarget", service.rpoTarget());
        text(json, "owner", service.owner());
        text(json, "region", service.region());
        text(json, "group", service.group());
        text(json, "standbyRegion", service.standbyRegion());
        duration(json, "failoverTime", service.failoverTime());
        text(json, "notes", service.notes());
        rate(json, service.downtimeCostPerHour());
        position(json, service);
        json.writeEndObject();
    }

    private static void protection(JsonGenerator json, DataProtection protection) throws IOException {
        if (protection.equals(DataProtection.NONE)) {
            return;
        }
        json.writeObjectFieldStart("protection");
        json.writeStringField("method", protection.method().code());
        duration(json, "interval", protection.interval());
        duration(json, "transfer", protection.transfer());
        json.writeEndObject();
    }

    /** The card's position and its layout hints, which are written only when set. */
    private static void position(JsonGenerator json, Service service) throws IOException {
        Position position = service.position();
        String x = coordinate(position.x());
        String y = coordinate(position.y());
        // Decided on the written figures: a position that rounds to the origin reads back as the default.
        if (x.equals("0") && y.equals("0") && !service.pinned() && service.layer() == null) {
            return;
        }
        json.writeObjectFieldStart("position");
        json.writeFieldName("x");
        json.writeNumber(x);
        json.writeFieldName("y");
        json.writeNumber(y);
        if (service.pinned()) {
            json.writeBooleanField("pinned", true);
        }
        if (service.layer() != null) {
            json.writeNumberField("layer", service.layer());
        }
        json.writeEndObject();
    }

    /** At most two decimals, none when whole: a hundredth of a pixel is finer than anyone can drag. */
    static String coordinate(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static void dependency(JsonGenerator json, Dependency dependency) throws IOException {
        json.writeStartObject();
        json.writeStringField("from", dependency.from());
        json.writeStringField("to", dependency.to());
        json.writeStringField("type", dependency.type().code());
        json.writeEndObject();
    }

    private static void scenario(JsonGenerator json, Scenario scenario) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", scenario.id());
        json.writeStringField("name", scenario.name());
        text(json, "description", scenario.description());
        strings(json, "regions", scenario.regions());
        strings(json, "services", scenario.services());
        if (scenario.dataCorruption()) {
            json.writeBooleanField("dataCorruption", true);
        }
        duration(json, "declarationDelay", scenario.declarationDelay());
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String key, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart(key);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void duration(JsonGenerator json, String key, Duration value) throws IOException {
        if (value != null) {
            json.writeStringField(key, value.toString());
        }
    }

    private static void range(JsonGenerator json, RestoreTimeRange range) throws IOException {
        if (range != null) {
            json.writeObjectFieldStart("restoreTimeRange");
            duration(json, "min", range.min());
            duration(json, "max", range.max());
            json.writeEndObject();
        }
    }

    private static void rate(JsonGenerator json, BigDecimal rate) throws IOException {
        if (rate != null) {
            json.writeFieldName("downtimeCostPerHour");
            json.writeNumber(rate.toPlainString());
        }
    }

    private static void text(JsonGenerator json, String key, String value) throws IOException {
        if (!value.isEmpty()) {
            json.writeStringField(key, value);
        }
    }
}
