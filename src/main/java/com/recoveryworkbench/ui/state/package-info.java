/** The window's shared state every room reads: the document, live analysis, selection, highlight mode, status and background tasks. Depends on no other room of the window, only on {@code ui.edit}. */
package com.recoveryworkbench.ui.state;
