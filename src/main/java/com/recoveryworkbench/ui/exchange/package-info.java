/** Plans to and from other tools and files: export, merge, compare with another plan. */
package com.recoveryworkbench.ui.exchange;
