package com.recoveryworkbench.io.csv;

/** The columns a drill results sheet may have; the header names them in any order and any case. */
enum DrillColumn implements SheetColumn {
    ID, MEASURED, START, END, DATA_LOSS, OUTCOME, NOTES
}
