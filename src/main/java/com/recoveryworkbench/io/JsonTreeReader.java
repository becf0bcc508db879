package com.recoveryworkbench.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.base.ParserBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses JSON text into a {@link JsonValue} tree that remembers where each value starts. Uses
 * Jackson's streaming parser only: no data binding, so no class named by the file is ever created.
 * Thread-safe: every read has its own parser and count.
 */
final class JsonTreeReader {
    /** A plan nests four levels deep; anything far deeper is not a plan, and deep recursion must not crash us. */
    private static final int MAX_NESTING = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Jackson's own length limits (20,000,000 characters a string, 50,000 a name) lie inside our file
            // limit, so they would refuse a plan under 20 MiB with a message about Jackson. Raised to the
            // file limit, they never act first: the size limit of PlanReader (and MAX_VALUES here) are ours.
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                    .maxStringLength((int) PlanReader.MAX_FILE_BYTES)
                    .maxNameLength((int) PlanReader.MAX_FILE_BYTES)
                    .build())
            .build();

    /** Jackson names a start marker as "[Source: REDACTED …; line: 1, column: 1]"; people read "line 1, column 1". */
    private static final Pattern JACKSON_LOCATION =
            Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");

    /**
     * Values in one file at most. A fully described 10,000-service plan has about 320,000; a file of
     * millions of tiny values ({@code [[],[],…]}) would take gigabytes as a tree long before the
     * size limit stops it.
     */
    static final int MAX_VALUES = 2_000_000;

    private final JsonParser parser;
    /** The parser as Jackson's base class, which tells a value's line and column without a JsonLocation; or {@code null}. */
    private final ParserBase tokenPlace;
    /**
     * What to take from {@link ParserBase#getTokenColumnNr()} to get the column {@code currentTokenLocation()}
     * gives (Jackson 2.18 counts one further there), measured on the first value.
     */
    private final int columnShift;
    private final String source;
    private int values;

    private JsonTreeReader(JsonParser parser, String source) {
        this.parser = parser;
        this.source = source;
        this.tokenPlace = parser instanceof ParserBase base ? base : null;
        this.columnShift = tokenPlace == null ? 0
                : tokenPlace.getTokenColumnNr() - parser.currentTokenLocation().getColumnNr();
    }

    /** @throws PlanFileException when the text is not one well-formed JSON value */
    static JsonValue read(String text, String source) throws PlanFileException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            try {
                if (parser.nextToken() == null) {
                    throw single(source, 1, 1, "", "the file is empty; expected a plan (a JSON object)");
                }
                JsonValue root = new JsonTreeReader(parser, source).value();
                if (parser.nextToken() != null) {
                    JsonLocation extra = parser.currentTokenLocation();
                    throw single(source, extra.getLineNr(), extra.getColumnNr(), "",
                            "expected the end of the file after the plan, found more JSON");
                }
                return root;
            } catch (JsonProcessingException e) {
                // Some limits (nesting depth) are reported without a location; the parser still knows it.
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                String detail = JACKSON_LOCATION.matcher(e.getOriginalMessage()).replaceAll("line $1, column $2");
                throw single(source, at.getLineNr(), at.getColumnNr(), path(parser.getParsingContext()),
                        "not valid JSON: " + detail);
            }
        } catch (IOException e) {
            // Parsing a String performs no I/O; Jackson declares the exception for its other sources.
            throw new UncheckedIOException(e);
        }
    }

    private static PlanFileException single(String source, int line, int column, String field, String message) {
        return new PlanFileException(List.of(new PlanProblem(source, line, column, field, message)));
    }

    private JsonValue value() throws IOException, PlanFileException {
        SourceLocation at = valueStart();
        if (++values > MAX_VALUES) {
            throw single(source, at.line(), at.column(), path(parser.getParsingContext()),
                    String.format(Locale.ROOT, "the file holds more than %,d values; no plan needs that many",
                            MAX_VALUES));
        }
        return switch (parser.currentToken()) {
            case START_OBJECT -> object(at);
            case START_ARRAY -> array(at);
            case VALUE_STRING -> new JsonValue.Text(parser.getText(), at);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonValue.Numeric(parser.getText(), at);
            case VALUE_TRUE -> new JsonValue.Bool(true, at);
            case VALUE_FALSE -> new JsonValue.Bool(false, at);
            case VALUE_NULL -> new JsonValue.Null(at);
            default -> throw new IllegalStateException("a text parser produced " + parser.currentToken());
        };
    }

    /**
     * Where the current value starts. A 10,000-service plan has about 300,000 values: asked directly, the
     * parser makes no {@link JsonLocation} for each. A key's place is only in a JsonLocation.
     */
    private SourceLocation valueStart() {
        if (tokenPlace == null) {
            JsonLocation start = parser.currentTokenLocation();
            return new SourceLocation(start.getLineNr(), start.getColumnNr());
        }
        return new SourceLocation(tokenPlace.getTokenLineNr(), tokenPlace.getTokenColumnNr() - columnShift);
    }

    private JsonObject object(SourceLocation at) throws IOException, PlanFileException {
        List<JsonObject.Member> members = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            JsonLocation keyStart = parser.currentTokenLocation();
            String key = parser.currentName();
            parser.nextToken();
            members.add(new JsonObject.Member(key,
                    new SourceLocation(keyStart.getLineNr(), keyStart.getColumnNr()), value()));
        }
        return new JsonObject(members, at);
    }

    private JsonValue.Array array(SourceLocation at) throws IOException, PlanFileException {
        List<JsonValue> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(value());
        }
        return new JsonValue.Array(items, at);
    }

    /** The field path of the parser's position, in the form problems use ({@code services[3].id}). */
    private static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                // An array where the parser has not reached an item yet has no index to show.
                if (c.getEntryCount() > 0) {
                    path.insert(0, "[" + c.getCurrentIndex() + "]");
                }
            } else if (c.getCurrentName() != null) {
                path.insert(0, (c.getParent().inRoot() ? "" : ".") + c.getCurrentName());
            }
        }
        return path.toString();
    }
}
