package com.recoveryworkbench.analysis.diff;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.util.List;

/**
 * The fields a plan diff compares, with their values as the diff shows them, for texts that must line
 * up with the diff (the {@code describe} command). Fields that are not set are left out. Stateless.
 */
public final class FieldValues {
    /** One field and its text, e.g. {@code restoreTime} = {@code 40m}. */
    public record FieldValue(String name, String value) { }

    private FieldValues() {
    }

    public static List<FieldValue> of(Plan plan) {
        return values(Fields.PLAN, plan);
    }

    public static List<FieldValue> of(Service service) {
        return values(Fields.SERVICE, service);
    }

    public static List<FieldValue> of(TierPolicy tier) {
        return values(Fields.TIER, tier);
    }

    public static List<FieldValue> of(Scenario scenario) {
        return values(Fields.SCENARIO, scenario);
    }

    public static List<FieldValue> of(Settings settings) {
        return values(Fields.SETTINGS, settings);
    }

    private static <T> List<FieldValue> values(List<Field<T>> fields, T subject) {
        return fields.stream()
                .map(field -> new FieldValue(field.name(), field.text().apply(subject)))
                .filter(value -> value.value() != null)
                .toList();
    }
}
