package com.recoveryworkbench.io;

import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Ids;
import com.recoveryworkbench.model.DowntimeRate;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the fields of one JSON object of a plan file. A getter that finds something wrong (wrong
 * type, missing, out of range) reports it with the field path and location and returns
 * {@code null}; it also returns {@code null} for an optional field that is absent or {@code null}.
 * Callers compare {@link Problems#errorCount()} before and after to know whether they may build a
 * model object. Not thread-safe: one per object per read.
 */
final class ObjectReader {
    static final boolean REQUIRED = true;
    static final boolean OPTIONAL = false;

    private static final String DURATION = "an ISO-8601 duration such as \"PT40M\"";
    private static final String ID =
            "an id of 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit";
    private static final String COLOUR = "a colour like \"#1f77b4\"";
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final JsonObject object;
    private final Problems problems;
    /** The path of the list this object is an item of, when it is one; see {@link #path()}. */
    private final String listPath;
    private final int index;
    private String path;

    ObjectReader(JsonObject object, String path, Problems problems) {
        this(object, path, -1, problems);
        this.path = path;
    }

    private ObjectReader(JsonObject object, String listPath, int index, Problems problems) {
        this.object = object;
        this.listPath = listPath;
        this.index = index;
        this.problems = problems;
    }

    /**
     * The object's field path ({@code services[3]}). Only problems need it, so an item of a list
     * words it on first use: a valid plan of 10,000 services and 30,000 dependencies never does.
     */
    private String path() {
        if (path == null) {
            path = listPath + "[" + index + "]";
        }
        return path;
    }

    private String pathOf(String key) {
        return path().isEmpty() ? key : path() + "." + key;
    }

    /** "services[0] at line 12, column 5", to point at this object from a problem elsewhere. */
    String describePlace() {
        return path() + " at " + object.at().describe();
    }

    /** Files from newer versions may carry fields this version does not know: warn, do not fail. */
    void warnUnknownKeys(Set<String> known) {
        List<JsonObject.Member> members = object.members();
        for (int i = 0; i < members.size(); i++) {
            JsonObject.Member member = members.get(i);
            if (!known.contains(member.key())) {
                problems.warn(member.keyAt(), pathOf(member.key()),
                        "unknown field \"" + member.key() + "\" is ignored and will not be saved");
            }
        }
    }

    /** Reports an error about this object as a whole, at its start. */
    void problem(String message) {
        problems.error(object.at(), path(), message);
    }

    /** Reports an error about the value of {@code key} (at the object's start when the key is absent). */
    void problem(String key, String message) {
        problems.error(locationOf(key), pathOf(key), message);
    }

    void warning(String key, String message) {
        problems.warn(locationOf(key), pathOf(key), message);
    }

    /** Whether the object has {@code key} with a value other than {@code null}. */
    boolean has(String key) {
        JsonValue value = object.get(key);
        return value != null && !(value instanceof JsonValue.Null);
    }

    /** The value of {@code key} as messages show it ({@code "40 minutes"}); the key must be present. */
    String found(String key) {
        return object.get(key).describe();
    }

    String string(String key, boolean required) {
        return string(key, required, "a string");
    }

    /** @param expected what a message says was expected when the field is missing or not a string */
    String string(String key, boolean required, String expected) {
        JsonValue.Text text = typed(key, required, expected, JsonValue.Text.class);
        return text == null ? null : text.value();
    }

    /** A required id of a service or tier ({@link Ids#isValid}). */
    String id(String key) {
        String id = string(key, REQUIRED, ID);
        if (id != null && !Ids.isValid(id)) {
            problem(key, "expected " + ID + ", found " + found(key));
            return null;
        }
        return id;
    }

    /** A {@code #rrggbb} colour. */
    String color(String key, boolean required) {
        String color = string(key, required, COLOUR);
        if (color != null && !COLOR.matcher(color).matches()) {
            problem(key, "expected " + COLOUR + ", found " + found(key));
            return null;
        }
        return color;
    }

    <E> E code(String key, boolean required, KnownCodes<E> choices) {
        String word = string(key, required, choices.describe());
        if (word == null) {
            return null;
        }
        E constant = choices.find(word);
        if (constant == null) {
            problem(key, "expected " + choices.describe() + ", found " + found(key));
        }
        return constant;
    }

    /** Any ISO-8601 duration {@link Duration#parse} reads, within the bounds every plan duration keeps. */
    Duration duration(String key, boolean required) {
        String text = string(key, required, DURATION);
        if (text == null) {
            return null;
        }
        Duration duration;
        try {
            duration = IsoDurations.parse(text);
        } catch (DateTimeParseException e) {
            problem(key, "expected " + DURATION + ", found " + found(key));
            return null;
        }
        String problem = duration.isNegative() ? "a duration of zero or more"
                : duration.compareTo(Durations.MAX) > 0 ? "a duration of at most " + Durations.MAX.toDays() + " days"
                : duration.getNano() != 0 ? "a duration of whole seconds" : null;
        if (problem != null) {
            problem(key, "expected " + problem + ", found " + found(key));
            return null;
        }
        return duration;
    }

    Boolean bool(String key, boolean required) {
        JsonValue.Bool bool = typed(key, required, "true or false", JsonValue.Bool.class);
        return bool == null ? null : bool.value();
    }

    /** A number without a fractional part; range checks are the caller's, on the exact value. */
    BigDecimal wholeNumber(String key, boolean required) {
        JsonValue.Numeric number = typed(key, required, "a whole number", JsonValue.Numeric.class);
        if (number == null) {
            return null;
        }
        BigDecimal value;
        try {
            value = number.value();
        } catch (NumberFormatException e) {
            // BigDecimal holds an exponent of at most about ±2 billion; 1e9999999999 is beyond any field.
            problem(key, "expected a whole number of ordinary size, found " + found(key));
            return null;
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            problem(key, "expected a whole number, found " + found(key));
            return null;
        }
        return value;
    }

    /** A cost of downtime per hour: a number that {@link DowntimeRate} accepts, normalised. */
    BigDecimal downtimeRate(String key) {
        JsonValue.Numeric number = typed(key, OPTIONAL, "a cost per hour (a number)", JsonValue.Numeric.class);
        if (number == null) {
            return null;
        }
        String problem = DowntimeRate.problem(number.value());
        if (problem != null) {
            problem(key, "expected a cost per hour " + problem + ", found " + found(key));
            return null;
        }
        return DowntimeRate.requireValid(number.value(), key);
    }

    Double number(String key, boolean required) {
        JsonValue.Numeric number = typed(key, required, "a number", JsonValue.Numeric.class);
        if (number == null) {
            return null;
        }
        double value = Double.parseDouble(number.text());
        if (!Double.isFinite(value)) {
            problem(key, "expected a number of ordinary size, found " + found(key));
            return null;
        }
        return value;
    }

    /**
     * The non-blank strings of the list under {@code key}, each with where it is; empty when absent.
     * Items that are not such strings are reported.
     */
    List<LocatedText> strings(String key) {
        JsonValue.Array array = typed(key, OPTIONAL, "a list of strings", JsonValue.Array.class);
        List<LocatedText> strings = new ArrayList<>();
        if (array == null) {
            return strings;
        }
        List<JsonValue> items = array.items();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = pathOf(key) + "[" + i + "]";
            if (items.get(i) instanceof JsonValue.Text text && !text.value().isBlank()) {
                strings.add(new LocatedText(text.value(), text.at(), itemPath));
            } else {
                problems.error(items.get(i).at(), itemPath, "expected a non-empty string, found "
                        + items.get(i).describe());
            }
        }
        return strings;
    }

    /** A string of a list, with where it is, so a problem with its meaning can point at it. */
    record LocatedText(String value, SourceLocation at, String path) {
    }

    /** The object under {@code key}, or {@code null} when absent (or reported as not an object). */
    ObjectReader child(String key) {
        JsonObject child = typed(key, OPTIONAL, "an object", JsonObject.class);
        return child == null ? null : new ObjectReader(child, pathOf(key), problems);
    }

    /** The objects of the list under {@code key}; empty when absent. Items that are not objects are reported. */
    List<ObjectReader> objects(String key) {
        JsonValue.Array array = typed(key, OPTIONAL, "a list", JsonValue.Array.class);
        List<ObjectReader> objects = new ArrayList<>();
        if (array == null) {
            return objects;
        }
        List<JsonValue> items = array.items();
        String listPath = pathOf(key);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof JsonObject item) {
                objects.add(new ObjectReader(item, listPath, i, problems));
            } else {
                problems.error(items.get(i).at(), listPath + "[" + i + "]",
                        "expected an object, found " + items.get(i).describe());
            }
        }
        return objects;
    }

    private SourceLocation locationOf(String key) {
        JsonValue value = object.get(key);
        return value == null ? object.at() : value.at();
    }

    private <T extends JsonValue> T typed(String key, boolean required, String expected, Class<T> type) {
        JsonValue value = object.get(key);
        if (value == null || (value instanceof JsonValue.Null && !required)) {
            if (required) {
                problems.error(object.at(), pathOf(key), "required field is missing; expected " + expected);
            }
            return null;
        }
        if (!type.isInstance(value)) {
            problem(key, "expected " + expected + ", found " + value.describe());
            return null;
        }
        return type.cast(value);
    }
}
