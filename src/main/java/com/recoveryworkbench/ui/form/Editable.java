package com.recoveryworkbench.ui.form;

import javafx.beans.property.ReadOnlyStringProperty;

/** An editor's state that can refuse what the user entered; the view shows the reason next to it. */
public interface Editable {
    /** Why the last entry was refused; {@code null} while there is nothing wrong. */
    ReadOnlyStringProperty errorProperty();
}
