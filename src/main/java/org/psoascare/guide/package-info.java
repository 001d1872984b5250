/**
 * Guides: the guide content type, its store and pages. Uses content and web only; what a
 * guide page shows of stretches and routines comes through
 * {@link org.psoascare.guide.RelatedPractice}, which the stretch feature implements.
 */
@ApplicationModule(displayName = "Guides", allowedDependencies = { "content", "web" })
package org.psoascare.guide;

import org.springframework.modulith.ApplicationModule;
