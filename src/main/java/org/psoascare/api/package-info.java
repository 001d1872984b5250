/**
 * The JSON API under /api/v1: reads the features' catalogs and the checklist's one public
 * door, {@code ChecklistEvaluator}.
 */
@ApplicationModule(displayName = "API",
		allowedDependencies = { "content", "web", "guide", "stretch", "plan", "checklist" })
package org.psoascare.api;

import org.springframework.modulith.ApplicationModule;
