/** The findings panel: what the analysis found, each leading to the services it is about. */
package com.recoveryworkbench.ui.findings;
