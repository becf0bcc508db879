/** What the window remembers between runs: theme, recent files, the last plan, window placement. */
package com.recoveryworkbench.ui.preferences;
