/** The restore timeline: when each service is back, against its tier's RTO. */
package com.recoveryworkbench.ui.timeline;
