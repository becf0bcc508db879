package com.recoveryworkbench.model;

/**
 * Ids of services and tiers: stable keys that files and dependencies refer to. Letters, digits,
 * '.', '_' and '-', starting with a letter or digit, at most 100 characters, so they survive CSV,
 * DOT and GraphML untouched.
 */
public final class Ids {
    private static final int MAX_LENGTH = 100;

    private Ids() {
    }

    /** Whether {@code id} is 1-100 of {@code [A-Za-z0-9._-]}, starting with a letter or digit. */
    public static boolean isValid(String id) {
        // A loop, not a pattern: every service id is checked twice on load, and a cold JVM runs regex slowly.
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH || !isLetterOrDigit(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** An ASCII letter or digit; {@link Character#isLetterOrDigit} would also take 'é' and '٣'. */
    private static boolean isLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
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
