/**
 * Recovery plans: week-by-week self-care plans as a content type, their pages, and
 * {@link org.psoascare.plan.PlanCatalog}, the door other features use to offer the plan
 * that fits a checklist pattern. Uses content, web, guide (the guide each week names) and
 * stretch (the routines and stretches each week names).
 */
@ApplicationModule(displayName = "Recovery plans", allowedDependencies = { "content", "web", "guide", "stretch" })
package org.psoascare.plan;

import org.springframework.modulith.ApplicationModule;
