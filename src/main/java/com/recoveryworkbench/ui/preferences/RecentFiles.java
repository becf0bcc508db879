package com.recoveryworkbench.ui.preferences;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The plan files opened or saved most recently, newest first, at most {@link #LIMIT}, kept in
 * {@link Preferences} ({@code recent.0}, {@code recent.1}, …) so the list survives a restart.
 * FX thread only.
 */
public final class RecentFiles {
    public static final int LIMIT = 10;
    private static final String KEY = "recent.";

    private final Preferences node;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(Preferences node) {
        this.node = Objects.requireNonNull(node, "node");
        for (int i = 0; i < LIMIT; i++) {
            String value = node.get(KEY + i, null);
            if (value != null && !value.isBlank()) {
                files.add(Path.of(value));
            }
        }
    }

    /** Newest first; changes when files are opened or saved. */
    public ObservableList<Path> files() {
        return readOnly;
    }

    /** Puts {@code file} first, removing an older entry for it and the oldest beyond the limit. */
    public void add(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(normalized);
        next.add(0, normalized);
        store(next.subList(0, Math.min(LIMIT, next.size())));
    }

    /** Forgets a file, e.g. one that could not be opened any more. */
    public void remove(Path file) {
        List<Path> next = new ArrayList<>(files);
        if (next.remove(file)) {
            store(next);
        }
    }

    public void clear() {
        store(List.of());
    }

    private void store(List<Path> next) {
        files.setAll(next);
        for (int i = 0; i < LIMIT; i++) {
            if (i < next.size()) {
                node.put(KEY + i, next.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
    }
}
