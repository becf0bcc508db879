/** Plan files in the window: new, open, save, autosave and crash recovery, dropped files, and the dialogs that ask a person (behind {@code Dialogs} so tests can answer). */
package com.recoveryworkbench.ui.files;
