package com.recoveryworkbench.analysis.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** A named field of {@code T} and how it reads as text ({@code null} when not set). */
record Field<T>(String name, Function<T, String> text) {

    /** The fields whose text differs, in the order of {@code fields}. */
    static <T> List<FieldChange> changes(List<Field<T>> fields, T before, T after) {
        List<FieldChange> changes = new ArrayList<>();
        for (Field<T> field : fields) {
            String old = field.text.apply(before);
            String neu = field.text.apply(after);
            if (!Objects.equals(old, neu)) {
                changes.add(new FieldChange(field.name, old, neu));
            }
        }
        return List.copyOf(changes);
    }
}
