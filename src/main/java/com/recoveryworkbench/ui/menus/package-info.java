/** The menu bar and its commands: file, edit, insert, view and help menus, shortcuts, the find bar, and the edit commands they call (arrange, clipboard, pin). */
package com.recoveryworkbench.ui.menus;
