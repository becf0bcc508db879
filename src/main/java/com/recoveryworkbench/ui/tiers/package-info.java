/** The tier policies panel: each tier's RTO, RPO and colour. */
package com.recoveryworkbench.ui.tiers;
