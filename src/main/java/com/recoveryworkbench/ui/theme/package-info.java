/** The looks of the whole window: the stylesheets and the canvas palette of each theme, switched together. */
package com.recoveryworkbench.ui.theme;
