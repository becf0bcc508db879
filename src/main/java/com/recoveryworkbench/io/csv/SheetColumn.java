package com.recoveryworkbench.io.csv;

import java.util.Locale;

/**
 * A column a sheet's header may name (an inventory's, a drill results sheet's). Implemented by enums:
 * the header word is the constant's name in lower case, so {@code DEPENDS_ON} is headed "depends_on".
 */
interface SheetColumn {
    /** The constant's name ({@link Enum#name()}). */
    String name();

    /** The name in a header ("depends_on", "data_loss"). */
    default String header() {
        return name().toLowerCase(Locale.ROOT);
    }
}
