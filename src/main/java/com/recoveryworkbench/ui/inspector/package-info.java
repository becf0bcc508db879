/** The inspector: editors for the plan, one or several services and a dependency, and a service's result. */
package com.recoveryworkbench.ui.inspector;
