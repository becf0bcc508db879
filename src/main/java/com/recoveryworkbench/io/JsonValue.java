package com.recoveryworkbench.io;

import java.math.BigDecimal;
import java.util.List;

/**
 * A JSON value read from a plan file, with the line and column where it starts, so problems found
 * after parsing (a bad duration, a duplicate id) still point into the file. Immutable.
 */
sealed interface JsonValue permits JsonObject, JsonValue.Array, JsonValue.Text, JsonValue.Numeric,
        JsonValue.Bool, JsonValue.Null {

    /** Long strings are cut in messages: a message must stay readable whatever the file holds. */
    int QUOTED_MAX = 60;

    SourceLocation at();

    /** How a message names what was found: {@code "40 minutes"}, {@code 40}, {@code an object}. */
    String describe();

    record Text(String value, SourceLocation at) implements JsonValue {
        @Override
        public String describe() {
            String shown = value.length() > QUOTED_MAX ? value.substring(0, QUOTED_MAX) + "…" : value;
            return '"' + shown.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                    .replace("\r", "\\r").replace("\t", "\\t") + '"';
        }
    }

    /** A number kept as written; {@link #value()} converts on demand, since most are never needed as such. */
    record Numeric(String text, SourceLocation at) implements JsonValue {
        BigDecimal value() {
            return new BigDecimal(text);
        }

        @Override
        public String describe() {
            return text;
        }
    }

    record Bool(boolean value, SourceLocation at) implements JsonValue {
        @Override
        public String describe() {
            return Boolean.toString(value);
        }
    }

    record Null(SourceLocation at) implements JsonValue {
        @Override
        public String describe() {
            return "null";
        }
    }

    record Array(List<JsonValue> items, SourceLocation at) implements JsonValue {
        public Array {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }
}
