package com.recoveryworkbench.ui.theme;

import com.recoveryworkbench.io.export.VerdictLook;
import com.recoveryworkbench.io.export.VerdictLook.Contrast;
import com.recoveryworkbench.ui.canvas.Palette;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A look of the whole window: the stylesheets of its controls and the palette of its canvas, so
 * both switch at once. Every theme starts from {@code workbench.css}; the dark and high-contrast
 * ones add a stylesheet after it that overrides its looked-up colours on {@code .root}. The verdict
 * colours ({@code -rw-meets}, {@code -rw-at-risk}…) are not in those files: the last stylesheet is
 * generated from {@link VerdictLook} in the palette's contrast, so the tables, the canvas and the
 * pictures read one source (docs/adr on the verdict look).
 */
public enum Theme {
    LIGHT("Light", null, Palette.LIGHT),
    DARK("Dark", "theme-dark.css", Palette.DARK),
    HIGH_CONTRAST("High Contrast", "theme-high-contrast.css", Palette.HIGH_CONTRAST);

    private final String label;
    private final String overrides;
    private final Palette palette;

    Theme(String label, String overrides, Palette palette) {
        this.label = label;
        this.overrides = overrides;
        this.palette = palette;
    }

    /** The theme named like {@code dark} or {@code high-contrast} (any case); empty for null or no such theme. */
    public static Optional<Theme> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Theme theme : values()) {
            if (theme.name().equals(wanted)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }

    /** The name {@link #named} reads back, like {@code high-contrast}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** What the View ▸ Theme menu calls it. */
    public String label() {
        return label;
    }

    /**
     * The URLs of the stylesheets, in the order they must be added: the base, this theme's overrides
     * if any, and last the verdict colours (a {@code data:} URL).
     */
    public List<String> stylesheets() {
        List<String> sheets = new ArrayList<>();
        sheets.add(baseStylesheet());
        if (overrides != null) {
            sheets.add(Objects.requireNonNull(Theme.class.getResource(overrides), overrides).toExternalForm());
        }
        sheets.add(dataUrl(verdictColours(palette.verdictContrast())));
        return List.copyOf(sheets);
    }

    /** The {@code .root} rule that defines {@code -rw-meets}… from {@link VerdictLook}. */
    static String verdictColours(Contrast contrast) {
        StringBuilder css = new StringBuilder(".root {\n");
        for (VerdictLook look : VerdictLook.values()) {
            css.append("    -rw-").append(look.cssName()).append(": ").append(look.colour(contrast)).append(";\n");
        }
        return css.append("}\n").toString();
    }

    private static String dataUrl(String css) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    /** The URL of {@code workbench.css}, the base every theme starts from. */
    public static String baseStylesheet() {
        return Objects.requireNonNull(Theme.class.getResource("workbench.css"), "workbench.css").toExternalForm();
    }

    public Palette palette() {
        return palette;
    }
}
