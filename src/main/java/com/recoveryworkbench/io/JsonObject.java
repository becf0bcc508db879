package com.recoveryworkbench.io;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON object read from a plan file: its members in file order, each with where its key starts.
 * Immutable; a {@link Migration} changes a plan by making changed copies with {@link #with} and
 * {@link #renamed}, which keep the original locations so later problems still point into the file.
 */
final class JsonObject implements JsonValue {

    record Member(String key, SourceLocation keyAt, JsonValue value) {
    }

    private final Map<String, Member> members;
    private final SourceLocation at;

    /** Takes ownership of {@code members}: the caller must not change the map afterwards. */
    JsonObject(LinkedHashMap<String, Member> members, SourceLocation at) {
        this.members = Collections.unmodifiableMap(members);
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

    Collection<Member> members() {
        return members.values();
    }

    /** The value of {@code key}, or {@code null} when the object has no such key. */
    JsonValue get(String key) {
        Member member = members.get(key);
        return member == null ? null : member.value();
    }

    /** A copy with {@code key} set to {@code value}: in place when present, else added last. */
    JsonObject with(String key, JsonValue value) {
        LinkedHashMap<String, Member> copy = new LinkedHashMap<>(members);
        Member old = members.get(key);
        copy.put(key, new Member(key, old == null ? value.at() : old.keyAt(), value));
        return new JsonObject(copy, at);
    }

    /**
     * A copy with {@code oldKey} renamed to {@code newKey} in the same place, replacing any member
     * already called {@code newKey}; unchanged when {@code oldKey} is absent.
     */
    JsonObject renamed(String oldKey, String newKey) {
        if (!members.containsKey(oldKey)) {
            return this;
        }
        LinkedHashMap<String, Member> copy = new LinkedHashMap<>();
        for (Member member : members.values()) {
            if (member.key().equals(newKey)) {
                continue;
            }
            Member kept = member.key().equals(oldKey) ? new Member(newKey, member.keyAt(), member.value()) : member;
            copy.put(kept.key(), kept);
        }
        return new JsonObject(copy, at);
    }
}
