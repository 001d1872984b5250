/**
 * The symptom checklist: questions and triage rules as content, the in-memory checklist,
 * its form and result pages. Reads guides, stretches and routines for the titles its
 * results link to, and recovery plans for the plan a soon or self-care result offers.
 */
@ApplicationModule(displayName = "Checklist", allowedDependencies = { "content", "web", "guide", "stretch", "plan" })
package org.psoascare.checklist;

import org.springframework.modulith.ApplicationModule;
