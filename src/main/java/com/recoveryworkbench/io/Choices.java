package com.recoveryworkbench.io;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The words a file may use for one enum (its {@code code()} words), and how to parse them, so an
 * unknown word is reported with the list of choices.
 */
record Choices<E>(List<String> codes, Function<String, E> parse) {

    static <E extends Enum<E>> Choices<E> of(E[] constants, Function<E, String> code, Function<String, E> parse) {
        return new Choices<>(Arrays.stream(constants).map(code).toList(), parse);
    }

    /** The constant for {@code word}, or {@code null} when it names none. */
    E find(String word) {
        try {
            return parse.apply(word);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    String describe() {
        return "one of " + String.join(", ", codes);
    }
}
