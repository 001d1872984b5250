/**
 * Web: infrastructure for every page. Site settings, errors, security headers, the page
 * cache and snapshot; uses only content (to know when content loads).
 */
@ApplicationModule(displayName = "Web", allowedDependencies = { "content" })
package org.psoascare.web;

import org.springframework.modulith.ApplicationModule;
