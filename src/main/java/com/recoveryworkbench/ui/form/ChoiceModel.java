package com.recoveryworkbench.ui.form;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of a choice editor of a plan value: its options and the chosen one. A choice the user
 * makes is committed at once (one undoable step); a value shown from the plan is not. FX thread only.
 *
 * @param <T> the option type, never {@code null} (use {@code Optional} for "not set")
 */
public final class ChoiceModel<T> implements Editable {
    private final ObjectProperty<T> value = new SimpleObjectProperty<>(this, "value");
    private final ObservableList<T> options = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final Function<T, String> label;
    private T shown;
    private boolean showing;

    /**
     * @param label     how an option reads
     * @param committer applies a chosen option; may throw {@link IllegalArgumentException} to refuse it
     */
    public ChoiceModel(Function<T, String> label, Consumer<T> committer) {
        this.label = Objects.requireNonNull(label);
        Objects.requireNonNull(committer);
        value.addListener((obs, old, chosen) -> {
            if (showing || chosen == null || chosen.equals(shown)) {
                return;
            }
            try {
                committer.accept(chosen);
                error.set(null);
            } catch (IllegalArgumentException refused) {
                error.set(refused.getMessage());
                show(shown, List.copyOf(options));
            }
        });
    }

    /** The plan holds {@code current} (null when mixed or unknown) and offers {@code choices}. */
    public void show(T current, List<T> choices) {
        showing = true;
        try {
            shown = current;
            if (!options.equals(choices)) {
                options.setAll(choices);
            }
            value.set(current);
        } finally {
            showing = false;
        }
    }

    /** Rebuilds the options so their labels are read again (a label depends on something else that changed). */
    public void relabel() {
        showing = true;
        try {
            options.setAll(List.copyOf(options));
            // A choice box draws its label only when its value changes: an equal value keeps the old label.
            value.set(null);
            value.set(shown);
        } finally {
            showing = false;
        }
    }

    /** The chosen option; the view binds to it both ways. */
    public ObjectProperty<T> valueProperty() {
        return value;
    }

    public ObservableList<T> options() {
        return options;
    }

    public String label(T option) {
        return option == null ? "" : label.apply(option);
    }

    @Override
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
