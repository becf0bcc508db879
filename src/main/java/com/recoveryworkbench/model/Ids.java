package com.recoveryworkbench.model;

import java.util.regex.Pattern;

/**
 * Ids of services and tiers: stable keys that files and dependencies refer to. Letters, digits,
 * '.', '_' and '-', starting with a letter or digit, at most 100 characters, so they survive CSV,
 * DOT and GraphML untouched.
 */
public final class Ids {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    public static String requireValid(String id, String what) {
        if (!isValid(id)) {
            throw new IllegalArgumentException(what + " '" + id
                    + "' must be 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return id;
    }

    private static final int SLUG_INPUT_MAX = 1_000;

    /** Turns a name into an id candidate ("Legacy DB" → "legacy-db"); never empty. */
    public static String slug(String name) {
        // An id keeps 90 characters; slugging a megabyte of name first would cost real time for nothing.
        String head = name == null ? "" : name.length() > SLUG_INPUT_MAX ? name.substring(0, SLUG_INPUT_MAX) : name;
        String slug = head.trim().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-._]+|[-._]+$", "");
        if (slug.isEmpty()) {
            return "service";
        }
        return slug.length() > 90 ? slug.substring(0, 90) : slug;
    }
}
