package com.recoveryworkbench.io.export;

import java.util.List;

/**
 * What an export produced: the bytes to write, as they are (text formats are UTF-8), and warnings
 * to show the person exporting, such as a picture drawn smaller than asked. The array is not copied:
 * write it, do not change it.
 */
public record Exported(byte[] bytes, List<String> warnings) {
    public Exported {
        warnings = List.copyOf(warnings);
    }
}
