package com.recoveryworkbench.ui.form;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The state of one text editor of a plan value: the text, whether the user has changed it since the
 * plan value was shown, and why the last entry was refused. FX thread only.
 *
 * <p>{@link #commit} parses the text and hands the value to the committer (which applies one undoable
 * step); a parse error or an {@link IllegalArgumentException} from the committer is kept in
 * {@link #errorProperty()} and nothing is applied. {@link #show} refreshes the text from the plan
 * unless the user is in the middle of an edit, so an undo never clobbers what is being typed.
 *
 * @param <T> the value type; the parser may return {@code null} for "not set"
 */
public final class FieldModel<T> implements Editable {
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final Function<String, T> parser;
    private final Function<T, String> formatter;
    private final Consumer<T> committer;
    private String shown = "";

    /**
     * @param parser    text to value; throws {@link IllegalArgumentException} with a message a person can act on
     * @param formatter value to the text the plan would show for it
     * @param committer applies the value; may throw {@link IllegalArgumentException} to refuse it
     */
    public FieldModel(Function<String, T> parser, Function<T, String> formatter, Consumer<T> committer) {
        this.parser = Objects.requireNonNull(parser);
        this.formatter = Objects.requireNonNull(formatter);
        this.committer = Objects.requireNonNull(committer);
    }

    /** A free-text field: the text is the value. */
    public static FieldModel<String> text(Consumer<String> committer) {
        return new FieldModel<>(s -> s == null ? "" : s.strip(), s -> s, committer);
    }

    /** The text the editor holds; the view binds to it both ways. */
    public StringProperty textProperty() {
        return text;
    }

    @Override
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True while the text differs from the plan value last shown. */
    public boolean isEdited() {
        return !Objects.equals(text.get(), shown);
    }

    /** The plan now holds {@code value}: show it, unless the user is editing this field. */
    public void show(String value) {
        boolean edited = isEdited();
        shown = value;
        if (!edited) {
            text.set(value);
            error.set(null);
        }
    }

    /** Shows {@code value} and forgets any edit and error (another service is shown). */
    public void reset(String value) {
        shown = value;
        text.set(value);
        error.set(null);
    }

    /** {@link #reset} when {@code reset}, else {@link #show}. */
    public void show(String value, boolean reset) {
        if (reset) {
            reset(value);
        } else {
            show(value);
        }
    }

    /** Puts back the plan value (Escape). */
    public void revert() {
        reset(shown);
    }

    /**
     * Applies the edited text; does nothing when it was not edited.
     *
     * @return false when the entry was refused; the reason is then in {@link #errorProperty()}
     */
    public boolean commit() {
        if (!isEdited()) {
            error.set(null);
            return true;
        }
        String typed = text.get();
        String before = shown;
        try {
            T value = parser.apply(typed);
            // Shown first, so the plan refresh the commit triggers writes the normalised text ("40" -> "40m").
            reset(formatter.apply(value));
            committer.accept(value);
            return true;
        } catch (IllegalArgumentException refused) {
            shown = before;
            text.set(typed);
            error.set(refused.getMessage());
            return false;
        }
    }
}
