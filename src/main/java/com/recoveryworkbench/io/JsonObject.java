package com.recoveryworkbench.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object read from a plan file: its members in file order, each with where its key starts.
 * Immutable; a {@link Migration} changes a plan by making changed copies with {@link #with} and
 * {@link #renamed}, which keep the original locations so later problems still point into the file.
 * Keys are unique (the parser refuses duplicates).
 */
final class JsonObject implements JsonValue {

    record Member(String key, SourceLocation keyAt, JsonValue value) {
    }

    /**
     * Up to this many members a key is looked up by walking the list. Nearly every object of a plan is
     * that small (a service has at most 20 fields), and a list costs far less to build than a hash map:
     * a plan of 10,000 services holds about 80,000 objects. Larger objects get a map on first lookup.
     */
    private static final int WALKED = 16;

    private final List<Member> members;
    private final SourceLocation at;
    private Map<String, Member> byKey;

    /** Takes ownership of {@code members}, with unique keys: the caller must not change the list afterwards. */
    JsonObject(List<Member> members, SourceLocation at) {
        this.members = Collections.unmodifiableList(members);
        this.at = at;
    }

    @Override
    public SourceLocation at() {
        return at;
    }

    @Override
    public String describe() {
        return "an object";
    }

    List<Member> members() {
        return members;
    }

    /** The value of {@code key}, or {@code null} when the object has no such key. */
    JsonValue get(String key) {
        Member member = member(key);
        return member == null ? null : member.value();
    }

    private Member member(String key) {
        int size = members.size();
        if (size <= WALKED) {
            // By index: a for-each makes an iterator per lookup, 20 lookups a service, in a cold JVM not optimised away.
            for (int i = 0; i < size; i++) {
                Member member = members.get(i);
                if (member.key().equals(key)) {
                    return member;
                }
            }
            return null;
        }
        if (byKey == null) {
            Map<String, Member> index = new HashMap<>();
            for (Member member : members) {
                index.put(member.key(), member);
            }
            byKey = index;
        }
        return byKey.get(key);
    }

    /** A copy with {@code key} set to {@code value}: in place when present, else added last. */
    JsonObject with(String key, JsonValue value) {
        Member old = member(key);
        List<Member> copy = new ArrayList<>(members);
        if (old == null) {
            copy.add(new Member(key, value.at(), value));
        } else {
            copy.set(copy.indexOf(old), new Member(key, old.keyAt(), value));
        }
        return new JsonObject(copy, at);
    }

    /**
     * A copy with {@code oldKey} renamed to {@code newKey} in the same place, replacing any member
     * already called {@code newKey}; unchanged when {@code oldKey} is absent.
     */
    JsonObject renamed(String oldKey, String newKey) {
        if (member(oldKey) == null) {
            return this;
        }
        List<Member> copy = new ArrayList<>();
        for (Member member : members) {
            if (member.key().equals(newKey)) {
                continue;
            }
            copy.add(member.key().equals(oldKey) ? new Member(newKey, member.keyAt(), member.value()) : member);
        }
        return new JsonObject(copy, at);
    }
}
