/**
 * Discovery: what search engines and home screens read besides a page (JSON-LD,
 * robots.txt, the sitemap, the web manifest), built from the features' catalogs.
 */
@ApplicationModule(displayName = "Discovery", allowedDependencies = { "content", "web", "guide", "stretch", "plan" })
package org.psoascare.discovery;

import org.springframework.modulith.ApplicationModule;
