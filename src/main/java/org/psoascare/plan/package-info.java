/**
 * Recovery plans: week-by-week self-care plans as a content type, their pages, and
 * {@link org.psoascare.plan.PlanCatalog}, the door other features use to offer the plan
 * that fits a checklist pattern. Uses content, web, guide (the guide each week names),
 * stretch (the routines and stretches each week names), progress (it names a plan's week
 * in a calendar file, {@link org.psoascare.progress.PlanReminders}) and offline (it lists
 * every plan's week pages for the service worker).
 */
@ApplicationModule(displayName = "Recovery plans",
		allowedDependencies = { "content", "web", "guide", "stretch", "progress", "offline" })
package org.psoascare.plan;

import org.springframework.modulith.ApplicationModule;
