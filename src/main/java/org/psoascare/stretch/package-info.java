/**
 * Stretches and routines: their content types, store and pages. Uses content, web and
 * guide (a stretch or routine names its guides).
 */
@ApplicationModule(displayName = "Stretches and routines", allowedDependencies = { "content", "web", "guide" })
package org.psoascare.stretch;

import org.springframework.modulith.ApplicationModule;
