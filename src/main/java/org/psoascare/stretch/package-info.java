/**
 * Stretches and routines: their content types, store and pages. Uses content, web and
 * guide (a stretch or routine names its guides), and offline (it lists what the service
 * worker keeps of it).
 */
@ApplicationModule(displayName = "Stretches and routines",
		allowedDependencies = { "content", "web", "guide", "offline" })
package org.psoascare.stretch;

import org.springframework.modulith.ApplicationModule;
