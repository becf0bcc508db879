package com.recoveryworkbench.io.imports;

import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.imports.DotToken.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one DOT graph into a {@link GraphDraft}: {@code [strict] graph|digraph [name] { … }} with node
 * statements and their attributes, edge chains ({@code a -> b -> c}, a subgraph as an end meaning each
 * of its nodes), attribute statements ({@code node [...]}, {@code rankdir=LR}), subgraphs and ports.
 * Only the attributes that say something about a service are used: a node's {@code label} and an
 * edge's {@code style}; defaults set by {@code node [...]} and {@code edge [...]} are read and not
 * applied. The first syntax error stops the import with its line and column. Not thread-safe.
 */
final class DotParser {
    /** Subgraphs nested deeper are refused, so a hostile file cannot exhaust the stack. */
    static final int MAX_DEPTH = 100;

    private final DotLexer lexer;
    private final GraphDraft draft;
    private final String source;
    private DotToken lookahead;
    private boolean directed;

    DotParser(String text, GraphDraft draft) {
        this.source = draft.source();
        this.lexer = new DotLexer(text, source);
        this.draft = draft;
    }

    void parse() throws PlanFileException {
        DotToken first = next();
        if (first.isKeyword("strict")) {
            first = next();
        }
        if (!first.isKeyword("graph") && !first.isKeyword("digraph")) {
            throw expected(first, "'digraph' or 'graph' to start the file");
        }
        directed = first.isKeyword("digraph");
        if (!directed) {
            draft.warn(first.line(), first.column(), "", "the graph is undirected: each edge a -- b is read as"
                    + " a depending on b");
        }
        if (peek().is(Type.ID)) {
            next();
        }
        DotToken open = expect(Type.LBRACE, "'{' to open the graph");
        statements(open, 1);
        DotToken end = next();
        if (!end.is(Type.END)) {
            throw expected(end, "the end of the file after the graph's closing '}' (one graph per file)");
        }
    }

    /** The statements up to and including the '}' matching {@code open}; returns the nodes they mention. */
    private Set<String> statements(DotToken open, int depth) throws PlanFileException {
        if (depth > MAX_DEPTH) {
            throw PlanFileException.cannotImport(source, open.line(), open.column(),
                    "subgraphs are nested more than " + MAX_DEPTH + " deep");
        }
        Set<String> mentioned = new LinkedHashSet<>();
        while (true) {
            DotToken token = next();
            if (token.is(Type.RBRACE)) {
                return mentioned;
            }
            if (token.is(Type.END)) {
                throw expected(token, "'}' to close the '{' at line " + open.line() + ", column " + open.column());
            }
            statement(token, mentioned, depth);
            if (peek().is(Type.SEMICOLON)) {
                next();
            }
        }
    }

    private void statement(DotToken first, Set<String> mentioned, int depth) throws PlanFileException {
        if (first.isKeyword("graph") || first.isKeyword("node") || first.isKeyword("edge")) {
            expectAttributes(first);
            return;
        }
        if (first.is(Type.ID) && !first.isKeyword("subgraph") && peek().is(Type.EQUALS)) {
            next();
            id(next(), "a value after '='");
            return;
        }
        List<Set<String>> chain = new ArrayList<>();
        chain.add(endpoint(first, depth));
        DotToken firstOperator = peek();
        while (peek().is(Type.ARROW) || peek().is(Type.LINE)) {
            DotToken operator = next();
            if (operator.is(Type.ARROW) != directed) {
                throw expected(operator, directed ? "'->' between nodes of a digraph" : "'--' between nodes of a graph");
            }
            chain.add(endpoint(next(), depth));
        }
        Map<String, Value> attributes = peek().is(Type.LBRACKET) ? attributes() : Map.of();
        chain.forEach(mentioned::addAll);
        if (chain.size() > 1) {
            boolean soft = isSoft(attributes.get("style"));
            for (int i = 1; i < chain.size(); i++) {
                for (String from : chain.get(i - 1)) {
                    for (String to : chain.get(i)) {
                        draft.edge(from, to, soft, firstOperator.line(), firstOperator.column());
                    }
                }
            }
        } else if (attributes.containsKey("label") && first.is(Type.ID) && !first.isKeyword("subgraph")) {
            String key = chain.get(0).iterator().next();
            Value label = attributes.get("label");
            draft.node(key, key, first.line(), first.column()).name = DotLabels.name(label.text(), key, label.html());
        }
    }

    /** A node (with an optional port) or a subgraph; the nodes it stands for. */
    private Set<String> endpoint(DotToken token, int depth) throws PlanFileException {
        if (token.is(Type.LBRACE) || token.isKeyword("subgraph")) {
            DotToken open = token;
            if (token.isKeyword("subgraph")) {
                if (peek().is(Type.ID)) {
                    next();
                }
                open = expect(Type.LBRACE, "'{' to open the subgraph");
            }
            return statements(open, depth + 1);
        }
        String key = id(token, "a node name, a subgraph or an attribute statement");
        draft.node(key, key, token.line(), token.column());
        for (int part = 0; part < 2 && peek().is(Type.COLON); part++) {
            next();
            id(next(), "a port name after ':'");
        }
        return Set.of(key);
    }

    private void expectAttributes(DotToken keyword) throws PlanFileException {
        if (!peek().is(Type.LBRACKET)) {
            throw expected(peek(), "'[' with attributes after '" + keyword.text() + "'");
        }
        attributes();
    }

    /** An attribute's value, and whether it was written as an HTML string. */
    private record Value(String text, boolean html) {
    }

    /** One or more {@code [name=value, …]} lists; later values win. */
    private Map<String, Value> attributes() throws PlanFileException {
        Map<String, Value> attributes = new LinkedHashMap<>();
        while (peek().is(Type.LBRACKET)) {
            next();
            while (!peek().is(Type.RBRACKET)) {
                String name = id(next(), "an attribute name or ']'").toLowerCase(Locale.ROOT);
                expect(Type.EQUALS, "'=' after the attribute name '" + name + "'");
                DotToken value = next();
                attributes.put(name, new Value(id(value, "a value for the attribute '" + name + "'"), value.html()));
                if (peek().is(Type.COMMA) || peek().is(Type.SEMICOLON)) {
                    next();
                }
            }
            next();
        }
        return attributes;
    }

    /** An identifier; quoted strings joined with {@code +} read as one. */
    private String id(DotToken token, String what) throws PlanFileException {
        if (!token.is(Type.ID)) {
            throw expected(token, what);
        }
        StringBuilder text = new StringBuilder(token.text());
        while (token.quoted() && peek().is(Type.PLUS)) {
            next();
            DotToken more = next();
            if (!more.is(Type.ID) || !more.quoted()) {
                throw expected(more, "a quoted string after '+'");
            }
            text.append(more.text());
        }
        return text.toString();
    }

    /** Our export draws soft dependencies dashed; dotted lines mean the same in most drawings. */
    private static boolean isSoft(Value style) {
        return style != null && (style.text().contains("dashed") || style.text().contains("dotted"));
    }

    private DotToken expect(Type type, String what) throws PlanFileException {
        DotToken token = next();
        if (!token.is(type)) {
            throw expected(token, what);
        }
        return token;
    }

    private PlanFileException expected(DotToken found, String what) {
        return PlanFileException.cannotImport(source, found.line(), found.column(), "expected " + what + ", found "
                + found.describe());
    }

    private DotToken peek() throws PlanFileException {
        if (lookahead == null) {
            lookahead = lexer.next();
        }
        return lookahead;
    }

    private DotToken next() throws PlanFileException {
        DotToken token = peek();
        lookahead = null;
        return token;
    }
}
