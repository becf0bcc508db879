/** The compliance table: one row per service with its verdict against its tier's RTO and RPO. */
package com.recoveryworkbench.ui.compliance;
