package com.recoveryworkbench.io;

/** Where a value starts in the text of a plan file; both count from 1. */
record SourceLocation(int line, int column) {

    /** "line 12, column 5", for messages that point at another place in the file. */
    String describe() {
        return "line " + line + ", column " + column;
    }
}
