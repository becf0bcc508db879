package com.recoveryworkbench.ui.preferences;

import com.recoveryworkbench.layout.Direction;
import com.recoveryworkbench.ui.theme.Theme;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the workbench remembers between runs: the last plan, the recent files, the window
 * placement and the theme, in one {@link Preferences} node ({@link #userNode()} in the app, a throw-away node in
 * tests). FX thread only.
 */
public final class WorkbenchPreferences {
    private static final String LAST_PLAN = "lastPlan";
    private static final String THEME = "theme";
    private static final String ARRANGE_DIRECTION = "arrangeDirection";

    private final Preferences node;
    private final RecentFiles recentFiles;

    public WorkbenchPreferences(Preferences node) {
        this.node = Objects.requireNonNull(node, "node");
        this.recentFiles = new RecentFiles(node);
    }

    /** The node of the person using the app: {@code com/recoveryworkbench}. */
    public static Preferences userNode() {
        return Preferences.userRoot().node("com/recoveryworkbench");
    }

    public RecentFiles recentFiles() {
        return recentFiles;
    }

    /** The plan file that was open when the app last had one; empty for none or an untitled plan. */
    public Optional<Path> lastPlan() {
        String value = node.get(LAST_PLAN, "");
        return value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    /** Remembers the open plan's file; {@code null} forgets it (an untitled plan is open). */
    public void setLastPlan(Path file) {
        if (file == null) {
            node.remove(LAST_PLAN);
        } else {
            node.put(LAST_PLAN, file.toAbsolutePath().normalize().toString());
        }
    }

    /** The theme chosen last; {@link Theme#LIGHT} until one is chosen or when the stored name is unknown. */
    public Theme theme() {
        return Theme.named(node.get(THEME, null)).orElse(Theme.LIGHT);
    }

    public void setTheme(Theme theme) {
        node.put(THEME, theme.key());
    }

    /** Which way Arrange lays the map out; left to right until chosen or when the stored value is unknown. */
    public Direction arrangeDirection() {
        String stored = node.get(ARRANGE_DIRECTION, Direction.LEFT_TO_RIGHT.name());
        return Arrays.stream(Direction.values()).filter(d -> d.name().equals(stored)).findFirst()
                .orElse(Direction.LEFT_TO_RIGHT);
    }

    public void setArrangeDirection(Direction direction) {
        node.put(ARRANGE_DIRECTION, direction.name());
    }

    public Optional<WindowPlacement> windowPlacement() {
        return WindowPlacement.read(node);
    }

    public void setWindowPlacement(WindowPlacement placement) {
        placement.write(node);
    }

    /** Writes everything to disk now; losing preferences is not worth an error dialog, so failures are ignored. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            System.getLogger(WorkbenchPreferences.class.getName())
                    .log(System.Logger.Level.WARNING, "could not store preferences", e);
        }
    }
}
