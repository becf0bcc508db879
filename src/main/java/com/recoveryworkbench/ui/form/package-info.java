/** The form kit the panels are built from: fields with their models, editors, parsers and shared formats. */
package com.recoveryworkbench.ui.form;
