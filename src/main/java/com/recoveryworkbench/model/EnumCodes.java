package com.recoveryworkbench.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Maps enum constants to the lower-case, dash-separated words used in files ("async-replication"). */
final class EnumCodes {
    private EnumCodes() {
    }

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code != null) {
            String wanted = code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
            for (E constant : type.getEnumConstants()) {
                if (of(constant).equals(wanted)) {
                    return constant;
                }
            }
        }
        String choices = Arrays.stream(type.getEnumConstants()).map(EnumCodes::of).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("'" + code + "' is not one of: " + choices);
    }
}
