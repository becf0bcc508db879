package com.recoveryworkbench.io;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The code words a file may use for one enum (its {@code code()} words), so an unknown word is reported
 * with the list of choices. Words are matched as the model parses them (any case, '_' for '-');
 * the exact words are looked up first, since they are what files hold. Immutable.
 */
final class KnownCodes<E> {
    private final Map<String, E> byCode;
    private final Function<String, E> parse;
    private final String description;

    private KnownCodes(Map<String, E> byCode, Function<String, E> parse, List<String> codes) {
        this.byCode = byCode;
        this.parse = parse;
        List<String> quoted = codes.stream().map(code -> '"' + code + '"').toList();
        int last = quoted.size() - 1;
        this.description = last == 0 ? quoted.get(0)
                : String.join(", ", quoted.subList(0, last)) + " or " + quoted.get(last);
    }

    static <E extends Enum<E>> KnownCodes<E> of(E[] constants, Function<E, String> code, Function<String, E> parse) {
        return new KnownCodes<>(Arrays.stream(constants).collect(Collectors.toUnmodifiableMap(code, c -> c)), parse,
                Arrays.stream(constants).map(code).toList());
    }

    /** The constant for {@code word}, or {@code null} when it names none. */
    E find(String word) {
        E exact = byCode.get(word);
        if (exact != null) {
            return exact;
        }
        try {
            return parse.apply(word);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code "hard" or "soft"}: the words as they appear in a file. */
    String describe() {
        return description;
    }
}
